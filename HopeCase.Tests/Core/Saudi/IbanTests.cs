using HopeCase.Core.Saudi;

namespace HopeCase.Tests.Core.Saudi;

public class IbanTests
{
    [Theory]
    [InlineData("SA7305000068204903659000")]        // the association's own, from the letterhead
    [InlineData("SA0380000000608010167519")]
    [InlineData("SA4420000001234567891234")]
    [InlineData("sa73 0500 0068 2049 0365 9000")]
    [InlineData("SA73-0500-0068-2049-0365-9000")]
    [InlineData("SA٧٣٠٥٠٠٠٠٦٨٢٠٤٩٠٣٦٥٩٠٠٠")]
    public void Accepts_valid_saudi_ibans(string input)
    {
        Assert.True(Iban.TryParse(input, out var iban));
        Assert.Equal(24, iban!.Value.Value.Length);
        Assert.StartsWith("SA", iban.Value.Value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("SA7305000068204903659001")]   // one digit off
    [InlineData("SA3705000068204903659000")]   // check digits swapped
    [InlineData("SA730500006820490365900")]    // 23 characters
    [InlineData("SA73050000682049036590000")]  // 25 characters
    [InlineData("GB82WEST12345698765432")]     // valid elsewhere, not Saudi
    [InlineData("AE070331234567890123456")]
    [InlineData("SA73050000682049036590!0")]
    [InlineData("SAXX05000068204903659000")]
    public void Refuses_invalid_ibans(string? input) => Assert.False(Iban.IsValid(input));

    [Fact]
    public void Groups_in_fours_for_printing() =>
        Assert.Equal("SA73 0500 0068 2049 0365 9000", Iban.Parse("sa7305000068204903659000").Grouped);
}
