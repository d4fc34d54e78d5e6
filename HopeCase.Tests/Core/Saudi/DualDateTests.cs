using System.Globalization;
using HopeCase.Core.Saudi;

namespace HopeCase.Tests.Core.Saudi;

public class DualDateTests
{
    private static readonly CultureInfo Ar = new("ar-SA");
    private static readonly CultureInfo En = new("en-US");

    [Fact]
    public void The_policy_approval_date_is_one_day_in_both_calendars()
    {
        var gregorian = new DateOnly(2023, 10, 21);
        Assert.Equal(new HijriDate(1445, 4, 6), HijriDate.FromGregorian(gregorian));
        Assert.Equal(gregorian, new HijriDate(1445, 4, 6).ToGregorian());
    }

    [Theory]
    [InlineData("1445/04/06")]
    [InlineData("1445-4-6")]
    [InlineData("06/04/1445")]
    [InlineData("1445/04/06 هـ")]
    [InlineData("١٤٤٥/٠٤/٠٦")]
    [InlineData("٦/٤/١٤٤٥هـ")]
    [InlineData("1445/04/06 AH")]
    public void Reads_hijri_input(string input)
    {
        Assert.True(DualDate.TryParse(input, out var date, out var kind));
        Assert.Equal(CalendarKind.Hijri, kind);
        Assert.Equal(new DateOnly(2023, 10, 21), date);
    }

    [Theory]
    [InlineData("2023-10-21")]
    [InlineData("2023/10/21")]
    [InlineData("21/10/2023")]
    [InlineData("21-10-2023 م")]
    [InlineData("٢٠٢٣-١٠-٢١")]
    public void Reads_gregorian_input(string input)
    {
        Assert.True(DualDate.TryParse(input, out var date, out var kind));
        Assert.Equal(CalendarKind.Gregorian, kind);
        Assert.Equal(new DateOnly(2023, 10, 21), date);
    }

    [Theory]
    [InlineData("")]
    [InlineData("hello")]
    [InlineData("1445/13/01")]     // no 13th Hijri month
    [InlineData("1445/04/31")]     // Hijri months have 29 or 30 days
    [InlineData("2023-02-29")]     // not a leap year
    [InlineData("2023-13-01")]
    [InlineData("21/10/23")]       // two-digit years are ambiguous
    [InlineData("1445/04")]
    [InlineData("1200/01/01")]     // before the Umm al-Qura table
    public void Refuses_what_is_not_a_date(string input) => Assert.False(DualDate.TryParse(input, out _, out _));

    [Fact]
    public void Shows_both_calendars_in_arabic_and_english()
    {
        var day = new DateOnly(2023, 10, 21);
        Assert.Equal("1445/04/06 هـ - 2023/10/21 م", DualDate.Numeric(day, Ar));
        Assert.Equal("1445/04/06 AH - 2023/10/21", DualDate.Numeric(day, En));
        Assert.Equal("6 ربيع الآخر 1445 هـ الموافق 21 أكتوبر 2023 م", DualDate.Written(day, Ar));
        Assert.Equal("6 Rabi al-Thani 1445 AH (21 October 2023)", DualDate.Written(day, En));
    }

    [Fact]
    public void An_instant_is_shown_on_the_saudi_day()
    {
        // 22:30 UTC on 20 October is already 01:30 on 21 October in Jizan.
        var instant = new DateTimeOffset(2023, 10, 20, 22, 30, 0, TimeSpan.Zero);
        Assert.Equal("1445/04/06 هـ - 2023/10/21 م", DualDate.Numeric(instant, Ar));
        Assert.EndsWith("01:30", DualDate.WithTime(instant, En), StringComparison.Ordinal);
    }

    [Fact]
    public void Round_trips_every_day_of_a_hijri_year()
    {
        var start = new HijriDate(1447, 1, 1).ToGregorian();
        for (var d = start; d < start.AddDays(400); d = d.AddDays(1))
        {
            var hijri = HijriDate.FromGregorian(d);
            Assert.True(DualDate.TryParse(hijri.ToString(), out var back, out var kind));
            Assert.Equal(CalendarKind.Hijri, kind);
            Assert.Equal(d, back);
        }
    }
}
