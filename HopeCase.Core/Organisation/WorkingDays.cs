using HopeCase.Core.Saudi;

namespace HopeCase.Core.Organisation;

/// <summary>
/// Working days in Saudi Arabia: Sunday to Thursday (Friday and Saturday are the weekend), less the holidays on the
/// association's list (<see cref="HolidayCalendar.LoadAsync"/>). Every working-day deadline passes that list.
/// </summary>
public static class WorkingDays
{
    public static bool IsWorkingDay(DateOnly day, IReadOnlySet<DateOnly>? holidays = null) =>
        day.DayOfWeek is not (DayOfWeek.Friday or DayOfWeek.Saturday) && holidays?.Contains(day) != true;

    /// <summary>The end of the <paramref name="days"/>-th working day after the local day of <paramref name="from"/>.</summary>
    public static DateTimeOffset Add(DateTimeOffset from, int days, IReadOnlySet<DateOnly>? holidays = null)
    {
        var day = SaudiTime.LocalDate(from);
        var left = days;
        while (left > 0)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day, holidays))
            {
                left--;
            }
        }
        return SaudiTime.StartOfDay(day.AddDays(1)).AddSeconds(-1);
    }

    /// <summary>Working days from the local day of <paramref name="from"/> to that of <paramref name="to"/> (negative when past).</summary>
    public static int Between(DateTimeOffset from, DateTimeOffset to, IReadOnlySet<DateOnly>? holidays = null)
    {
        var a = SaudiTime.LocalDate(from);
        var b = SaudiTime.LocalDate(to);
        var sign = b >= a ? 1 : -1;
        var (lo, hi) = sign > 0 ? (a, b) : (b, a);
        var n = 0;
        for (var d = lo.AddDays(1); d <= hi; d = d.AddDays(1))
        {
            if (IsWorkingDay(d, holidays))
            {
                n++;
            }
        }
        return sign * n;
    }
}
