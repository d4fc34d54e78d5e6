using System.Globalization;
using HopeCase.Core.Arabic;

namespace HopeCase.Core.Saudi;

/// <summary>
/// One instant or day, shown in both calendars at once (Umm al-Qura Hijri and Gregorian), and read back from either.
/// Dates are never typed twice: one calendar is always derived from the other.
/// </summary>
public static class DualDate
{
    private static readonly string[] ArabicGregorianMonths =
    [
        "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
        "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
    ];

    private static readonly string[] EnglishGregorianMonths =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    private static bool IsArabic(CultureInfo culture) => culture.TwoLetterISOLanguageName == "ar";

    /// <summary>Numeric form: "1445/04/06 هـ - 2023/10/21 م" or "1445/04/06 AH - 2023/10/21".</summary>
    public static string Numeric(DateOnly date, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var hijri = HijriDate.FromGregorian(date);
        var greg = date.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture);
        return IsArabic(culture) ? $"{hijri} هـ - {greg} م" : $"{hijri} AH - {greg}";
    }

    /// <summary>Long form with month names: "6 ربيع الآخر 1445 هـ الموافق 21 أكتوبر 2023 م".</summary>
    public static string Written(DateOnly date, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var h = HijriDate.FromGregorian(date);
        return IsArabic(culture)
            ? $"{h.Day} {HijriDate.ArabicMonths[h.Month - 1]} {h.Year} هـ الموافق {date.Day} {ArabicGregorianMonths[date.Month - 1]} {date.Year} م"
            : $"{h.Day} {HijriDate.EnglishMonths[h.Month - 1]} {h.Year} AH ({date.Day} {EnglishGregorianMonths[date.Month - 1]} {date.Year})";
    }

    public static string Numeric(DateTimeOffset instant, CultureInfo culture) => Numeric(SaudiTime.LocalDate(instant), culture);

    public static string Written(DateTimeOffset instant, CultureInfo culture) => Written(SaudiTime.LocalDate(instant), culture);

    /// <summary>Date and local time: the short dual date followed by HH:mm in Saudi time.</summary>
    public static string WithTime(DateTimeOffset instant, CultureInfo culture) =>
        $"{Numeric(instant, culture)} {SaudiTime.ToLocal(instant).ToString("HH:mm", CultureInfo.InvariantCulture)}";

    /// <summary>
    /// Reads a date typed in either calendar: 1445/04/06, 06/04/1445, 2023-10-21, 21/10/2023, with Eastern Arabic digits
    /// and an optional هـ / AH / م suffix. The year decides the calendar: below 1900 is Hijri.
    /// </summary>
    public static bool TryParse(string? input, out DateOnly date, out CalendarKind kind)
    {
        date = default;
        kind = CalendarKind.Gregorian;
        if (string.IsNullOrWhiteSpace(input))
        {
            return false;
        }
        var text = ArabicDigits.ToAscii(input.Trim());
        var explicitHijri = false;
        foreach (var suffix in new[] { "هـ", "ه", "AH", "ah" })
        {
            if (text.EndsWith(suffix, StringComparison.Ordinal))
            {
                text = text[..^suffix.Length].TrimEnd();
                explicitHijri = true;
                break;
            }
        }
        if (!explicitHijri)
        {
            foreach (var suffix in new[] { "م", "AD", "ad" })
            {
                if (text.EndsWith(suffix, StringComparison.Ordinal))
                {
                    text = text[..^suffix.Length].TrimEnd();
                    break;
                }
            }
        }

        var parts = text.Split(['/', '-', '.', '\\', ' '], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 3 || !parts.All(p => p.All(char.IsAsciiDigit) && p.Length <= 4))
        {
            return false;
        }
        int year, month, day;
        if (parts[0].Length == 4)
        {
            (year, month, day) = (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture), int.Parse(parts[2], CultureInfo.InvariantCulture));
        }
        else if (parts[2].Length == 4)
        {
            (day, month, year) = (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture), int.Parse(parts[2], CultureInfo.InvariantCulture));
        }
        else
        {
            return false;
        }

        if (explicitHijri || year < 1900)
        {
            kind = CalendarKind.Hijri;
            if (!HijriDate.TryCreate(year, month, day, out var hijri))
            {
                return false;
            }
            date = hijri.ToGregorian();
            return true;
        }

        kind = CalendarKind.Gregorian;
        if (year > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        date = new DateOnly(year, month, day);
        return true;
    }
}
