using System.Globalization;
using HopeCase.Core.Arabic;

namespace HopeCase.Web.Shared;

/// <summary>A count with its noun in the page's language: Arabic agreement through <see cref="ArabicCount"/>, English "1 day" / "3 days".</summary>
public static class Counted
{
    public static string Days(int n) => Of(n, ArabicCount.Day, "day", "days");

    public static string Months(int n) => Of(n, ArabicCount.Month, "month", "months");

    public static string Sessions(int n) => Of(n, ArabicCount.Session, "session", "sessions");

    public static string Letters(int n) => Of(n, ArabicCount.Letter, "letter", "letters");

    private static string Of(int n, ArabicNoun arabic, string one, string many) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar"
            ? ArabicCount.Of(n, arabic)
            : string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? one : many)}");
}
