using System.Globalization;
using HopeCase.Core.Data;
using HopeCase.Core.Requests;
using HopeCase.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HopeCase.Tests.Browser.Requests;

/// <summary>Issue 14 item 11 in the browser: an officer records a withdrawal; an applicant withdraws from /track; Arabic and English.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WithdrawalTests(BrowserFixture fx)
{
    /// <summary>A fresh request from the website (Received), so the demo's requests stay as other tests expect them.</summary>
    private async Task<(int Id, string PublicReference, string Last4)> AppliedAsync(int n)
    {
        var services = fx.App.Services;
        var intake = services.GetRequiredService<RequestIntakeService>();
        var type = (await intake.CatalogueAsync()).Single(t => t.Code == "counselling");
        var nid = IntakeWorld.NationalId(n);
        var result = await services.GetRequiredService<PublicIntakeService>().ApplyAsync(new PublicApplication(IntakeWorld.Person(nid, "سلمى", "العمري"), type.Id,
            "أحتاج إلى من يسمعني", true, [new PublicUpload(type.Requirements[0].Id, "id.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3], new DateOnly(2030, 1, 1))],
            new CultureInfo("ar-SA")), null);
        Assert.Empty(result.Errors);
        await using var db = await services.GetRequiredService<IDbContextFactory<HopeDb>>().CreateDbContextAsync();
        var key = PublicReferences.Normalize(result.Reference);
        var id = await db.Requests.Where(r => r.PublicReference == key).Select(r => r.Id).SingleAsync();
        return (id, result.Reference!, nid[^4..]);
    }

    private async Task<RequestStatus> StatusAsync(int id)
    {
        await using var db = await fx.App.Services.GetRequiredService<IDbContextFactory<HopeDb>>().CreateDbContextAsync();
        return await db.Requests.Where(r => r.Id == id).Select(r => r.Status).SingleAsync();
    }

    [Theory]
    [InlineData("ar", 9301)]
    [InlineData("en", 9302)]
    public async Task An_officer_records_the_withdrawal_with_reason_and_channel(string culture, int n)
    {
        var (id, _, _) = await AppliedAsync(n);
        var page = await fx.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "relations@hope.demo");
        await page.GotoAsync(culture == "en" ? $"/culture/en?returnUrl=/requests/{id}" : $"/requests/{id}");
        await BrowserFixture.WaitInteractiveAsync(page);
        await page.ClickAsync("[data-testid=withdraw-request]");
        await page.FillAsync("[data-testid=withdraw-reason]", culture == "en" ? "Found support elsewhere" : "وجد دعمًا من جهة أخرى");
        await BrowserFixture.ScreenshotAsync(page, $"withdraw-dialog-{culture}");
        await page.ClickAsync("[data-testid=withdraw-ok]");
        await page.WaitForSelectorAsync("[data-testid=request-status]:has-text('" + (culture == "en" ? "Withdrawn" : "منسحب") + "')");
        Assert.Equal(RequestStatus.Withdrawn, await StatusAsync(id));
        Assert.Equal(0, await page.Locator("[data-testid=withdraw-request]").CountAsync());
        await BrowserFixture.ScreenshotAsync(page, $"withdraw-recorded-{culture}");
    }

    [Theory]
    [InlineData("ar", 9303)]
    [InlineData("en", 9304)]
    public async Task An_applicant_withdraws_from_track_after_confirming(string culture, int n)
    {
        var (id, reference, last4) = await AppliedAsync(n);
        var page = await fx.NewPageAsync(390, 844);
        await page.GotoAsync(culture == "en" ? "/culture/en?returnUrl=/track" : "/track");
        await page.FillAsync("#reference", reference);
        await page.FillAsync("#last4", last4);
        await page.ClickAsync("[data-testid=track-submit]");
        await page.WaitForSelectorAsync("[data-testid=withdraw-section]");

        // Without the box ticked nothing happens.
        await page.FillAsync("#withdraw-reason", culture == "en" ? "I am better now" : "تحسنت حالتي والحمد لله");
        await page.ClickAsync("[data-testid=withdraw-submit]");
        await page.WaitForSelectorAsync("[data-testid=withdraw-error]");
        Assert.Equal(RequestStatus.Received, await StatusAsync(id));
        await BrowserFixture.ScreenshotAsync(page, $"track-withdraw-unconfirmed-{culture}-phone");

        await page.FillAsync("#withdraw-reason", culture == "en" ? "I am better now" : "تحسنت حالتي والحمد لله");
        await page.CheckAsync("[data-testid=withdraw-confirm]");
        await page.ClickAsync("[data-testid=withdraw-submit]");
        await page.WaitForSelectorAsync("[data-testid=withdraw-done]");
        Assert.Equal(RequestStatus.Withdrawn, await StatusAsync(id));
        await BrowserFixture.ScreenshotAsync(page, $"track-withdraw-done-{culture}-phone");
    }
}
