using System.Globalization;
using HopeCase.Core.Dashboard;
using HopeCase.Core.Surveys;
using HopeCase.Tests.Core.DataExchange;
using HopeCase.Tests.Support;
using HopeCase.Web.Features.Dashboard;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace HopeCase.Tests.Web.Dashboard;

/// <summary>The dashboard's Excel export, now written by MiniExcel, opened by MiniExcel: same sheets, direction and figures.</summary>
[Collection(HangfireCoreCollection.Name)]
public sealed class DashboardExcelTests : AppComponentTest
{
    [Fact]
    public async Task The_export_has_the_summary_and_overdue_sheets_right_to_left_with_the_figures()
    {
        await SignInAsync(IntakeWorld.Manager);
        var surveys = Services.GetRequiredService<SurveyService>();
        foreach (var (overall, recommend) in new[] { (5, 10), (5, 9), (4, 7), (2, 3) })
        {
            await surveys.RecordOfflineAsync(IntakeWorld.Officer, null, SurveyMode.Phone,
                new SurveyAnswer(new SurveyScores(overall, overall, overall, overall, overall, recommend), "ملاحظة", Anonymous: false));
        }
        Clock.Advance(TimeSpan.FromHours(1));
        var today = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);
        CultureInfo.CurrentUICulture = new CultureInfo("ar-SA");
        var bytes = await Services.GetRequiredService<DashboardExport>().ExcelAsync(IntakeWorld.Manager, new DashboardPeriod(today.AddDays(-30), today));

        using var stream = new MemoryStream(bytes);
        Assert.Equal(["ملخص", "الطلبات المتأخرة"], MiniExcel.GetSheetNames(stream));
        Assert.Equal([true, true], SpreadsheetTests.Directions(bytes));
        stream.Position = 0;
        var rows = stream.Query(useHeaderRow: false, sheetName: "ملخص").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal("لوحة المدير", rows[0]["A"]);
        var responses = rows.First(r => Equals(r["A"], "عدد الإجابات"));
        Assert.Equal(4, Convert.ToInt32(responses["B"], CultureInfo.InvariantCulture));
        var csat = rows.First(r => Equals(r["A"], "نسبة الرضا (٤–٥) ٪"));
        Assert.Equal(75.0, Convert.ToDouble(csat["B"], CultureInfo.InvariantCulture));
    }
}
