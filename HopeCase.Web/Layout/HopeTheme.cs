using MudBlazor;

namespace HopeCase.Web.Layout;

/// <summary>The association's colours and Arabic-first type.</summary>
internal static class HopeTheme
{
    private static readonly string[] Fonts = ["Noto Sans Arabic", "Noto Sans", "Segoe UI", "Tahoma", "Roboto", "sans-serif"];

    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#00695C",
            Secondary = "#B7791F",
            AppbarBackground = "#00695C",
            Background = "#F6F8F7",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = Fonts },
            H1 = new H1Typography { FontFamily = Fonts },
            H2 = new H2Typography { FontFamily = Fonts },
            H3 = new H3Typography { FontFamily = Fonts },
            H4 = new H4Typography { FontFamily = Fonts },
            H5 = new H5Typography { FontFamily = Fonts },
            H6 = new H6Typography { FontFamily = Fonts },
            Button = new ButtonTypography { FontFamily = Fonts, TextTransform = "none", FontWeight = "600" },
        },
    };
}
