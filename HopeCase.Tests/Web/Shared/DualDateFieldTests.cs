using Bunit;
using HopeCase.Tests.Support;
using HopeCase.Web.Shared;

namespace HopeCase.Tests.Web.Shared;

public sealed class DualDateFieldTests : ComponentTestBase
{
    [Theory]
    [InlineData("1445/04/06")]
    [InlineData("٦/٤/١٤٤٥")]
    [InlineData("2023-10-21")]
    public void Either_calendar_gives_the_same_day_and_shows_both(string typed)
    {
        DateOnly? value = null;
        var cut = Render<DualDateField>(p => p.Add(x => x.Label, "تاريخ الميلاد").Add(x => x.ValueChanged, (DateOnly? v) => value = v));
        cut.Find("input").Change(typed);
        Assert.Equal(new DateOnly(2023, 10, 21), value);
        Assert.Contains("6 ربيع الآخر 1445 هـ الموافق 21 أكتوبر 2023 م", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_date_gets_an_arabic_message_and_no_value()
    {
        DateOnly? value = new DateOnly(2000, 1, 1);
        var cut = Render<DualDateField>(p => p.Add(x => x.ValueChanged, (DateOnly? v) => value = v));
        cut.Find("input").Change("1445/13/40");
        Assert.Equal(new DateOnly(2000, 1, 1), value);
        Assert.Contains("التاريخ غير صحيح", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_given_value_is_shown_in_hijri()
    {
        var cut = Render<DualDateField>(p => p.Add(x => x.Value, new DateOnly(2023, 10, 21)));
        Assert.Equal("1445/04/06", cut.Find("input").GetAttribute("value"));
    }
}
