using HopeCase.Core.Data;
using HopeCase.Core.Saudi;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Organisation;

/// <summary>
/// The Kingdom's official holidays and the association's list of them. The Eids follow the Umm al-Qura calendar:
/// Eid al-Fitr 1–4 Shawwal, Eid al-Adha from the Day of Arafah, 9–12 Dhu al-Hijjah; Founding Day is 22 February and
/// National Day 23 September. The list in the database is what counts; an administrator edits it.
/// </summary>
public static class HolidayCalendar
{
    public static async Task<IReadOnlySet<DateOnly>> LoadAsync(HopeDb db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return (await db.Holidays.AsNoTracking().Select(h => h.Date).ToListAsync(ct)).ToHashSet();
    }

    /// <summary>The official holidays that fall in a Gregorian year, in date order.</summary>
    public static IReadOnlyList<Holiday> Official(int year)
    {
        var list = new List<Holiday>
        {
            new(new DateOnly(year, 2, 22), "يوم التأسيس", "Founding Day", true),
            new(new DateOnly(year, 9, 23), "اليوم الوطني", "National Day", true),
        };
        var first = HijriDate.FromGregorian(new DateOnly(year, 1, 1)).Year;
        for (var hy = first; hy <= first + 1; hy++)
        {
            AddHijri(list, year, hy, 10, 1, 4, "عيد الفطر", "Eid al-Fitr");
            AddHijri(list, year, hy, 12, 9, 12, "عيد الأضحى", "Eid al-Adha");
        }
        return list.OrderBy(h => h.Date).ToList();
    }

    private static void AddHijri(List<Holiday> list, int year, int hijriYear, int month, int fromDay, int toDay, string ar, string en)
    {
        for (var d = fromDay; d <= toDay; d++)
        {
            if (HijriDate.TryCreate(hijriYear, month, d, out var h) && h.ToGregorian() is var g && g.Year == year)
            {
                list.Add(new Holiday(g, ar, en, true));
            }
        }
    }
}
