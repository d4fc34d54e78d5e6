using Bunit;
using System.Globalization;
using HopeCase.Core.Organisation;
using HopeCase.Core.Saudi;
using HopeCase.Tests.Support;
using HopeCase.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Tests.Web.Organisation;

/// <summary>The holidays page: the official days added for the year, a day of the association's own typed in Hijri, removal only after confirmation.</summary>
[Collection(HangfireCoreCollection.Name)]
public sealed class HolidaysPageTests : AppComponentTest
{
    private static int Rows(IRenderedComponent<HolidaysPage> cut) => cut.FindAll("[data-testid=holidays] tbody tr").Count(r => r.QuerySelector("button") is not null);

    [Fact]
    public async Task The_official_days_are_added_a_hijri_day_is_typed_and_removing_asks_first()
    {
        await SignInAsync(IntakeWorld.Admin);
        var year = DateTime.UtcNow.Year;
        var official = HolidayCalendar.Official(year);
        var cut = RenderPage<HolidaysPage>();
        Assert.Equal(0, Rows(cut));

        cut.Find("button[data-testid=holiday-official]").Click();
        cut.WaitForAssertion(() => Assert.Equal(official.Count, Rows(cut)));
        Snackbars.WaitForAssertion(() => Assert.Contains($"أُضيف {official.Count} يومًا.", Snackbars.Markup, StringComparison.Ordinal));
        var table = cut.Find("[data-testid=holidays]").TextContent;
        Assert.Contains("يوم التأسيس", table, StringComparison.Ordinal);
        Assert.Contains("اليوم الوطني", table, StringComparison.Ordinal);
        Assert.Contains("عيد الفطر", table, StringComparison.Ordinal);
        Assert.Contains(DualDate.Numeric(new DateOnly(year, 9, 23), CultureInfo.GetCultureInfo("ar-SA")), table, StringComparison.Ordinal);

        // A day of the association's own, typed in the Hijri calendar with Eastern digits.
        var hijri = HijriDate.FromGregorian(new DateOnly(year, 11, 1));
        var own = new DateOnly(year, 11, 1);
        cut.Find("[data-testid=holiday-date]").Change(string.Concat($"{hijri.Year}/{hijri.Month:00}/{hijri.Day:00}".Select(c => char.IsDigit(c) ? (char)('٠' + (c - '0')) : c)));
        cut.Find("[data-testid=holiday-name]").Change("إجازة الجمعية السنوية");
        cut.Find("button[data-testid=holiday-add]").Click();
        cut.WaitForAssertion(() => Assert.Equal(official.Count + 1, Rows(cut)));
        Assert.Contains("إجازة الجمعية السنوية *", cut.Find("[data-testid=holidays]").TextContent, StringComparison.Ordinal);

        cut.Find($"button[data-testid=holiday-remove-{own.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}]").Click();
        AnswerDialog("إلغاء");
        Dialogs.WaitForAssertion(() => Assert.Empty(Dialogs.FindAll(".mud-dialog")));
        Assert.Equal(official.Count + 1, Rows(cut));
        cut.Find($"button[data-testid=holiday-remove-{own.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}]").Click();
        AnswerDialog("حذف");
        cut.WaitForAssertion(() => Assert.Equal(official.Count, Rows(cut)));

        await using var db = await Intake.Dbs.CreateDbContextAsync();
        Assert.False(await db.Holidays.AnyAsync(h => h.Date == own));
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == "HolidaysOfficialAdded"));
    }
}
