using System.Globalization;
using HopeCase.Core.Beneficiaries;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using HopeCase.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MiniExcelLibs;

namespace HopeCase.Tests.Browser.DataExchange;

/// <summary>
/// An officer's first import: the template downloaded, filled with 50 rows (four bad, two repeated, one person the
/// association already knows under another spelling), the dry run, the import with its progress bar, the new files
/// found by search, and the batch undone.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ImportBrowserTests(BrowserFixture fx)
{
    private static readonly Actor Officer = new("browser-import", "موظف", new HashSet<string> { Roles.RelationsOfficer });

    private static string Id(int n) => IntakeWorld.NationalId(n, '2');

    private static string Eastern(string s) => new(s.Select(c => char.IsAsciiDigit(c) ? (char)('\u0660' + (c - '0')) : c).ToArray());

    private static string Fill(byte[] template)
    {
        using var stream = new MemoryStream(template);
        var header = ((IDictionary<string, object?>)stream.Query(useHeaderRow: false).First()).Values.Select(v => (object?)v).ToList();
        var rows = new List<IReadOnlyList<object?>> { header };
        string[] first = ["غدير", "سلمى", "ليان", "رهف", "جود", "تركي", "بدر", "نايف", "سلطان", "مشاعل"];
        string[] mobiles = ["05{0}", "+9665{0}", "9665{0}", "5{0}"];
        for (var i = 0; i < 43; i++)
        {
            var birth = new DateOnly(1980, 1, 1).AddDays(i * 97);
            var date = (i % 3) switch
            {
                0 => HopeCase.Core.Saudi.HijriDate.FromGregorian(birth).ToString(),
                1 => Eastern(birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                _ => birth.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            };
            var mobile = string.Format(CultureInfo.InvariantCulture, mobiles[i % 4], (60000000 + i).ToString(CultureInfo.InvariantCulture));
            rows.Add(Row(first[i % first.Length], $"المستورد{i}", Id(7700 + i), i % 2 == 0 ? "أنثى" : "ذكر", date, i % 5 == 0 ? Eastern(mobile) : mobile));
        }
        rows.Add(Row("خطأ", "الهوية", "1234567890", "ذكر", "1990-01-01", ""));
        rows.Add(Row("خطأ", "الجوال", Id(7750), "ذكر", "1990-01-01", "0123"));
        rows.Add(Row("خطأ", "", Id(7751), "ذكر", "1990-01-01", ""));
        rows.Add(Row("خطأ", "التاريخ", Id(7752), "ذكر", "1990/13/45", ""));
        rows.Add(rows[1]);
        rows.Add(rows[2]);
        rows.Add(Row("احمد", "الفيفي", Id(7760), "ذكر", "1988-04-04", ""));
        var path = Path.Combine(Artifacts.Folder("imports"), "fifty-rows.xlsx");
        File.WriteAllBytes(path, HopeCase.Core.DataExchange.Spreadsheet.Xlsx([new HopeCase.Core.DataExchange.XlsxSheet("المستفيدون", rows)], true));
        return path;
    }

    private static List<object?> Row(string first, string family, string id, string gender, string date, string mobile) =>
        [first, "محمد", "علي", family, null, id, gender, date, mobile, null, "جازان", "صبيا", null];

    [Fact]
    public async Task An_officer_imports_fifty_rows_finds_them_and_undoes_the_batch()
    {
        var beneficiaries = fx.App.Services.GetRequiredService<BeneficiaryService>();
        var known = await beneficiaries.CreateAsync(Officer, IntakeWorld.Person(Id(7799), "أحمد", "الفيفي", mobile: null, birth: new DateOnly(1988, 4, 4)), true);
        Assert.True(known.Saved);

        var page = await fx.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "relations@hope.demo");
        await page.GotoAsync("/beneficiaries/import");
        await BrowserFixture.WaitInteractiveAsync(page);
        var template = await page.APIRequest.GetAsync("/beneficiaries/import/template?lang=ar");
        Assert.Equal(200, template.Status);
        var file = Fill(await template.BodyAsync());

        await page.SetInputFilesAsync("#import-file", file);
        await page.WaitForSelectorAsync("[data-testid=mapping]");
        await page.ClickAsync("[data-testid=dry-run]");
        var summary = await page.WaitForSelectorAsync("[data-testid=plan-summary]");
        var reasons = string.Join(" | ", (await page.Locator("[data-testid^=why-]").AllInnerTextsAsync()).Where(t => t.Length > 0));
        Assert.True((await summary!.InnerTextAsync()).Contains("43", StringComparison.Ordinal), reasons);
        Assert.Contains("7", await summary.InnerTextAsync(), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "import-dry-run-ar");
        // The refused rows, 45 to 51, end the table (50 rows, one page).
        Assert.Contains("رقم الهوية", await page.InnerTextAsync("[data-testid=why-45]"), StringComparison.Ordinal);
        Assert.Contains("الجوال", await page.InnerTextAsync("[data-testid=why-46]"), StringComparison.Ordinal);
        Assert.Contains("اسم العائلة", await page.InnerTextAsync("[data-testid=why-47]"), StringComparison.Ordinal);
        Assert.Contains("تاريخ الميلاد", await page.InnerTextAsync("[data-testid=why-48]"), StringComparison.Ordinal);
        Assert.Contains("الصف 2", await page.InnerTextAsync("[data-testid=why-49]"), StringComparison.Ordinal);
        Assert.Contains(known.Id!.Value.ToString(CultureInfo.InvariantCulture), await page.InnerTextAsync("[data-testid=why-51]"), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "import-refused-rows-ar");
        Assert.Empty((await beneficiaries.SearchAsync(Officer, "المستورد0")).Hits);

        await page.ClickAsync("[data-testid=confirm-import]");
        await page.Locator(".mud-dialog button", new PageLocatorOptions { HasText = "استيراد" }).ClickAsync();
        await page.WaitForSelectorAsync("[data-testid=import-progress]");
        await page.WaitForSelectorAsync("[data-testid=import-status][data-status=Done]", new PageWaitForSelectorOptions { Timeout = 60_000 });
        Assert.Contains("43", await page.InnerTextAsync("[data-testid=import-status]"), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "import-done-ar");

        var search = await page.Context.NewPageAsync();
        await search.GotoAsync("/beneficiaries");
        await BrowserFixture.WaitInteractiveAsync(search);
        // Enter in the box searches for what was typed: the box sends its value once, on Enter, not key by key.
        await search.FillAsync("[data-testid=search-box]", "غدير المستورد0");
        await search.PressAsync("[data-testid=search-box]", "Enter");
        await search.WaitForSelectorAsync("[data-testid=hits] >> text=المستورد0");
        await BrowserFixture.ScreenshotAsync(search, "import-found-by-search-ar");

        await page.ClickAsync("[data-testid=undo-import]");
        await page.Locator(".mud-dialog button", new PageLocatorOptions { HasText = "التراجع عن الدفعة" }).ClickAsync();
        await page.WaitForSelectorAsync("[data-testid=import-status][data-status=Undone]");
        Assert.Empty((await beneficiaries.SearchAsync(Officer, "المستورد0")).Hits);
        Assert.Single((await beneficiaries.SearchAsync(Officer, "أحمد الفيفي")).Hits);

        await page.GotoAsync("/culture/en?returnUrl=/beneficiaries/import");
        await BrowserFixture.WaitInteractiveAsync(page);
        await page.SetInputFilesAsync("#import-file", file);
        await page.ClickAsync("[data-testid=dry-run]");
        await page.WaitForSelectorAsync("[data-testid=plan-summary] >> text=43 files will be created");
        await BrowserFixture.ScreenshotAsync(page, "import-dry-run-en");
        await page.GotoAsync("/culture/ar?returnUrl=/");
        await page.Context.CloseAsync();
    }
}
