using HopeCase.Core.Saudi;

namespace HopeCase.Tests.Core.Saudi;

public class SaudiMobileTests
{
    [Theory]
    [InlineData("0591955655")]
    [InlineData("591955655")]
    [InlineData("+966591955655")]
    [InlineData("00966591955655")]
    [InlineData("966591955655")]
    [InlineData("059 195 5655")]
    [InlineData("+966 59 195 5655")]
    [InlineData("059-195-5655")]
    [InlineData("٠٥٩١٩٥٥٦٥٥")]
    [InlineData("+٩٦٦٥٩١٩٥٥٦٥٥")]
    [InlineData("۰۵۹۱۹۵۵۶۵۵")]
    public void Normalises_every_common_form_to_international(string input)
    {
        Assert.Equal("+966591955655", SaudiMobile.Normalize(input));
        var mobile = SaudiMobile.Parse(input);
        Assert.Equal("0591955655", mobile.Local);
        Assert.Equal("591955655", mobile.Subscriber);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0173221234")]       // landline
    [InlineData("059195565")]        // too short
    [InlineData("05919556555")]      // too long
    [InlineData("+971501234567")]    // UAE
    [InlineData("+96605919556")]
    [InlineData("0091966591955655")]
    [InlineData("4591955655")]
    [InlineData("05919556a5")]
    [InlineData("966+591955655")]
    [InlineData("+0591955655")]
    public void Refuses_what_is_not_a_saudi_mobile(string? input)
    {
        Assert.Null(SaudiMobile.Normalize(input));
        Assert.False(SaudiMobile.TryParse(input, out _));
    }
}
