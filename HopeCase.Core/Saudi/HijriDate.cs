using System.Globalization;

namespace HopeCase.Core.Saudi;

/// <summary>A day in the Umm al-Qura calendar, the official Hijri calendar of the Kingdom.</summary>
public readonly record struct HijriDate(int Year, int Month, int Day)
{
    private static readonly UmAlQuraCalendar Calendar = new();

    public static readonly string[] ArabicMonths =
    [
        "محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
        "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة",
    ];

    public static readonly string[] EnglishMonths =
    [
        "Muharram", "Safar", "Rabi al-Awwal", "Rabi al-Thani", "Jumada al-Ula", "Jumada al-Akhirah",
        "Rajab", "Shaban", "Ramadan", "Shawwal", "Dhu al-Qadah", "Dhu al-Hijjah",
    ];

    public static int MinYear => Calendar.GetYear(Calendar.MinSupportedDateTime.AddDays(1));

    public static int MaxYear => Calendar.GetYear(Calendar.MaxSupportedDateTime.AddDays(-1));

    public static HijriDate FromGregorian(DateOnly date)
    {
        var dt = date.ToDateTime(TimeOnly.MinValue);
        return new HijriDate(Calendar.GetYear(dt), Calendar.GetMonth(dt), Calendar.GetDayOfMonth(dt));
    }

    public static bool TryCreate(int year, int month, int day, out HijriDate date)
    {
        date = default;
        if (year < MinYear || year > MaxYear || month is < 1 or > 12 || day < 1)
        {
            return false;
        }
        if (day > Calendar.GetDaysInMonth(year, month))
        {
            return false;
        }
        date = new HijriDate(year, month, day);
        return true;
    }

    public DateOnly ToGregorian() => DateOnly.FromDateTime(Calendar.ToDateTime(Year, Month, Day, 0, 0, 0, 0));

    /// <summary>1445/04/06, year first, as Saudi forms write it.</summary>
    public override string ToString() => $"{Year:0000}/{Month:00}/{Day:00}";
}
