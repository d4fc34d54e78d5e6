using HopeCase.Core.Saudi;

namespace HopeCase.Tests.Core.Saudi;

public class SaudiNationalIdTests
{
    [Theory]
    [InlineData("1000000008", IdentityKind.Citizen)]
    [InlineData("2000000006", IdentityKind.Resident)]
    [InlineData("1234567897", IdentityKind.Citizen)]
    [InlineData(" 1234567897 ", IdentityKind.Citizen)]
    [InlineData("١٢٣٤٥٦٧٨٩٧", IdentityKind.Citizen)]   // Eastern Arabic digits
    [InlineData("۱۲۳۴۵۶۷۸۹۷", IdentityKind.Citizen)]   // Persian digits
    [InlineData("٢٠٠٠٠٠٠٠٠٦", IdentityKind.Resident)]
    public void Accepts_valid_numbers_in_any_digit_alphabet(string input, IdentityKind kind)
    {
        Assert.True(SaudiNationalId.TryParse(input, out var id));
        Assert.Equal(kind, id!.Value.Kind);
        Assert.Matches("^[12][0-9]{9}$", id.Value.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1234567890")]   // check digit wrong
    [InlineData("1234567898")]   // check digit wrong
    [InlineData("3234567897")]   // must start with 1 or 2
    [InlineData("0000000000")]
    [InlineData("123456789")]    // nine digits
    [InlineData("12345678977")]  // eleven digits
    [InlineData("12345678a7")]
    [InlineData("1234 567897")]  // inner space is not a digit
    [InlineData("-123456789")]
    public void Refuses_invalid_numbers(string? input)
    {
        Assert.False(SaudiNationalId.TryParse(input, out _));
        Assert.False(SaudiNationalId.IsValid(input));
    }

    [Fact]
    public void Parse_normalises_to_ascii_and_throws_on_garbage()
    {
        Assert.Equal("1234567897", SaudiNationalId.Parse("١٢٣٤٥٦٧٨٩٧").Value);
        Assert.Throws<FormatException>(() => SaudiNationalId.Parse("1234567890"));
    }

    [Fact]
    public void Every_single_digit_error_is_caught()
    {
        const string valid = "1234567897";
        for (var position = 1; position < valid.Length; position++)
        {
            for (var d = '0'; d <= '9'; d++)
            {
                if (d == valid[position])
                {
                    continue;
                }
                var typo = valid[..position] + d + valid[(position + 1)..];
                Assert.False(SaudiNationalId.IsValid(typo), typo);
            }
        }
    }

    [Fact]
    public void Check_digit_completes_a_payload()
    {
        Assert.Equal('7', Luhn.CheckDigit("123456789"));
        Assert.Equal('8', Luhn.CheckDigit("100000000"));
    }
}
