using HopeCase.Core.Security;

namespace HopeCase.Tests.Core.Security;

public sealed class CommonPasswordTests
{
    [Fact]
    public void The_shipped_list_holds_at_least_ten_thousand_passwords()
    {
        Assert.True(CommonPasswordValidator.Count >= 10_000, $"{CommonPasswordValidator.Count} entries");
    }

    [Theory]
    [InlineData("123456789012")]          // digits in a row
    [InlineData("qwertyuiop123")]         // keyboard walk and digits
    [InlineData("Password2024")]          // word and year, any case
    [InlineData("mohammed1990")]          // name and year
    [InlineData("١٢٣٤٥٦")]                // Arabic-Indic digits
    [InlineData("١٢٣٤٥٦٧٨٩٠١٢")]
    [InlineData("ضصثقفغعهخحجد")]          // qwertyuiop[] typed on an Arabic keyboard
    [InlineData("حشسسصخقي")]              // "password" typed on an Arabic keyboard
    [InlineData("lpl]123456")]            // "محمد" typed with the English layout on, and digits
    [InlineData("  QWERTY123456 ")]       // spaces and case do not hide it
    public void Common_passwords_are_refused(string password)
    {
        Assert.True(CommonPasswordValidator.IsCommon(password));
    }

    [Theory]
    [InlineData("amal-demo-2026")]
    [InlineData("all lowercase words only")]
    [InlineData("the camel drinks at jizan dawn")]
    public void Ordinary_phrases_pass(string password)
    {
        Assert.False(CommonPasswordValidator.IsCommon(password));
    }
}
