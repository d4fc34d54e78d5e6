using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace HopeCase.Web.Hosting;

/// <summary>Arabic (Saudi Arabia, Umm al-Qura calendar) by default; English one click away, kept in a cookie.</summary>
public static class Cultures
{
    public const string Arabic = "ar-SA";
    public const string English = "en-US";

    public static CultureInfo Create(string name)
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo(name).Clone();
        if (culture.TwoLetterISOLanguageName == "ar")
        {
            culture.DateTimeFormat.Calendar = new UmAlQuraCalendar();
        }
        return culture;
    }

    public static bool IsRightToLeft(CultureInfo culture) => culture?.TextInfo.IsRightToLeft ?? true;

    public static RequestLocalizationOptions LocalizationOptions()
    {
        CultureInfo[] supported = [Create(Arabic), Create(English)];
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(supported[0]),
            SupportedCultures = supported,
            SupportedUICultures = supported,
            FallBackToParentCultures = true,
            FallBackToParentUICultures = true,
        };
        // Only the staff member's own choice counts, never the browser's language: Arabic is the default for everyone.
        options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        return options;
    }

    public static void MapCultureEndpoint(this WebApplication app)
    {
        app.MapGet("/culture/{name}", (string name, string? returnUrl, HttpContext http) =>
        {
            var culture = name.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : Arabic;
            http.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
            var target = !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
                ? returnUrl : "/";
            return Results.LocalRedirect(target);
        }).AllowAnonymous();
    }
}
