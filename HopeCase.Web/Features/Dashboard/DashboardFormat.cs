using System.Globalization;
using HopeCase.Core.Saudi;

namespace HopeCase.Web.Features.Dashboard;

/// <summary>How the dashboard writes its figures: numbers with one decimal, a dash for none, months in both calendars.</summary>
public static class DashboardFormat
{
    public static string Pct(double? v) => v is { } x ? x.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";

    public static string Num(double? v) => v is { } x ? x.ToString("0.0", CultureInfo.InvariantCulture) : "—";

    /// <summary>An Umm al-Qura month of the trend, with the Gregorian day it starts on, both as numbers.</summary>
    public static string Month(Core.Dashboard.MonthPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        return string.Create(CultureInfo.InvariantCulture, $"{point.Month.Month:00}/{point.Month.Year} ({point.Starts:dd/MM/yyyy})");
    }

    /// <summary>The Gregorian month, with the Hijri month it starts in, both as numbers.</summary>
    public static string Month(DateOnly month)
    {
        var h = HijriDate.FromGregorian(month);
        return string.Create(CultureInfo.InvariantCulture, $"{month:MM/yyyy} ({h.Month:00}/{h.Year})");
    }
}
