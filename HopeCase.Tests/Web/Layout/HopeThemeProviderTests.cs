using Bunit;
using HopeCase.Tests.Support;
using HopeCase.Web.Layout;
using MudBlazor;

namespace HopeCase.Tests.Web.Layout;

/// <summary>The theme's style sheet, built once for the app, is the one MudBlazor's provider renders, light or dark.</summary>
public sealed class HopeThemeProviderTests : ComponentTestBase
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_sheet_is_the_librarys_own(bool dark)
    {
        var library = Render<MudThemeProvider>(p => p.Add(t => t.Theme, HopeTheme.Theme).Add(t => t.IsDarkMode, dark));
        var first = Render<HopeThemeProvider>(p => p.Add(t => t.Theme, HopeTheme.Theme).Add(t => t.IsDarkMode, dark));
        var again = Render<HopeThemeProvider>(p => p.Add(t => t.Theme, HopeTheme.Theme).Add(t => t.IsDarkMode, dark));

        Assert.Contains("--mud-palette-primary: ", library.Markup, StringComparison.Ordinal);
        Assert.Equal(library.Markup, first.Markup);
        Assert.Equal(library.Markup, again.Markup);
    }

    [Fact]
    public void Light_and_dark_are_kept_apart()
    {
        var light = Render<HopeThemeProvider>(p => p.Add(t => t.Theme, HopeTheme.Theme).Add(t => t.IsDarkMode, false));
        var dark = Render<HopeThemeProvider>(p => p.Add(t => t.Theme, HopeTheme.Theme).Add(t => t.IsDarkMode, true));
        Assert.NotEqual(light.Markup, dark.Markup);
        dark.Render(p => p.Add(t => t.IsDarkMode, false));
        Assert.Equal(light.Markup, dark.Markup);
    }
}
