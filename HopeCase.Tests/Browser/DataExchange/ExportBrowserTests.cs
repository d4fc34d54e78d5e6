using HopeCase.Core.Data;
using HopeCase.Core.Requests;
using HopeCase.Tests.Core.DataExchange;
using HopeCase.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HopeCase.Tests.Browser.DataExchange;

/// <summary>The exports as a signed-in manager meets them: the queue page's buttons, the request list as a right-to-left workbook, a person's whole file as a PDF; and the "forgot password" page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ExportBrowserTests(BrowserFixture fx)
{
    [Fact]
    public async Task A_manager_exports_a_queue_and_a_whole_file_and_an_admin_is_refused_the_file()
    {
        int beneficiary;
        RequestStatus status;
        await using (var db = await fx.App.Services.GetRequiredService<IDbContextFactory<HopeDb>>().CreateDbContextAsync())
        {
            var request = await db.Requests.AsNoTracking().Where(r => r.Status != RequestStatus.Draft).OrderBy(r => r.Id).FirstAsync();
            (beneficiary, status) = (request.BeneficiaryId, request.Status);
        }
        var page = await fx.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "manager@hope.demo");
        await page.GotoAsync("/requests/submitted");
        await BrowserFixture.WaitInteractiveAsync(page);
        await page.WaitForSelectorAsync("[data-testid=export-xlsx]");
        Assert.EndsWith("/export/requests/submitted.xlsx", await page.GetAttributeAsync("[data-testid=export-xlsx]", "href"), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "request-queue-export-ar");

        var xlsx = await page.APIRequest.GetAsync($"/export/requests/{status.ToString().ToLowerInvariant()}.xlsx");
        Assert.Equal(200, xlsx.Status);
        Assert.Equal([true], SpreadsheetTests.Directions(await xlsx.BodyAsync()));
        Assert.Equal(400, (await page.APIRequest.GetAsync("/export/requests/nonsense.xlsx")).Status);

        var pdf = await page.APIRequest.GetAsync($"/export/beneficiaries/{beneficiary}/file.pdf");
        Assert.Equal(200, pdf.Status);
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        var bytes = await pdf.BodyAsync();
        await Pdf.SavePngsAsync(bytes, "personal-file-demo-ar");
        Assert.Contains("الملف الكامل للمستفيد", await Pdf.TextAsync(bytes), StringComparison.Ordinal);

        var admin = await fx.NewPageAsync();
        await BrowserFixture.SignInAsync(admin, "admin@hope.demo");
        var refused = await admin.APIRequest.GetAsync($"/export/beneficiaries/{beneficiary}/file.pdf", new() { MaxRedirects = 0 });
        Assert.NotEqual(200, refused.Status);
    }

    [Fact]
    public async Task The_forgot_password_page_is_reached_from_sign_in_and_says_when_mail_is_not_set_up()
    {
        var page = await fx.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.ClickAsync("[data-testid=forgot-link]");
        await page.WaitForSelectorAsync("[data-testid=forgot-unavailable]");
        Assert.Contains("غير مفعّلة", await page.InnerTextAsync("[data-testid=forgot-unavailable]"), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "forgot-password-ar");
    }
}
