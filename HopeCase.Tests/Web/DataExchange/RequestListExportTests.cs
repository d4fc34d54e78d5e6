using System.Globalization;
using System.Text;
using HopeCase.Core.Saudi;
using HopeCase.Tests.Core.DataExchange;
using HopeCase.Tests.Support;
using HopeCase.Web.Features.DataExchange;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace HopeCase.Tests.Web.DataExchange;

/// <summary>The request list exported from the queue page, opened by a real spreadsheet reader: right to left, both calendars.</summary>
[Collection(HangfireCoreCollection.Name)]
public sealed class RequestListExportTests : AppComponentTest
{
    [Fact]
    public async Task The_xlsx_opens_right_to_left_with_hijri_and_gregorian_dates_and_the_csv_has_the_same_rows()
    {
        var id = await World.SubmittedAsync(1, critical: true);
        await World.SubmittedAsync(2);
        DateTimeOffset created;
        await using (var db = await Intake.Dbs.CreateDbContextAsync())
        {
            created = (await db.Requests.SingleAsync(r => r.Id == id)).CreatedAt;
        }
        await SignInAsync(IntakeWorld.Manager);
        var export = Services.GetRequiredService<ListExport>();

        var xlsx = await export.RequestsAsync(IntakeWorld.Manager, "submitted", criticalOnly: true, "xlsx");
        Assert.NotNull(xlsx);
        Assert.Equal(ListExport.XlsxType, xlsx.Value.Type);
        Assert.Equal([true], SpreadsheetTests.Directions(xlsx.Value.Bytes));
        using var stream = new MemoryStream(xlsx.Value.Bytes);
        Assert.Equal(["الطلبات"], MiniExcel.GetSheetNames(stream));
        stream.Position = 0;
        var rows = stream.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal("رقم الطلب", rows[0]["A"]);
        Assert.Equal("تاريخ الإنشاء (هجري)", rows[0]["G"]);
        var day = SaudiTime.LocalDate(created);
        Assert.Equal("أحمد محمد علي الزهراني", rows[1]["B"]);
        Assert.Equal("مقدَّم", rows[1]["D"]);
        Assert.Equal("نعم", rows[1]["E"]);
        Assert.Equal(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), rows[1]["F"]);
        Assert.Equal(HijriDate.FromGregorian(day).ToString(), rows[1]["G"]);
        Assert.Matches(@"^14\d\d/\d\d/\d\d$", (string)rows[1]["G"]!);

        var csv = await export.RequestsAsync(IntakeWorld.Manager, "submitted", criticalOnly: false, "csv");
        var lines = Encoding.UTF8.GetString(csv!.Value.Bytes).TrimEnd().Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Contains(HijriDate.FromGregorian(day).ToString(), lines[1], StringComparison.Ordinal);
        Assert.Null(await export.RequestsAsync(IntakeWorld.Manager, "nonsense", false, "xlsx"));
        Assert.Null(await export.RequestsAsync(IntakeWorld.Manager, "submitted", false, "pdf"));
    }
}
