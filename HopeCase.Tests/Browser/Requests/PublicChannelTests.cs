using HopeCase.Core.Data;
using HopeCase.Core.Requests;
using HopeCase.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace HopeCase.Tests.Browser.Requests;

/// <summary>A beneficiary on a phone: applies on /apply with a document, sees the reference, tracks it on /track.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PublicChannelTests(BrowserFixture fx)
{
    private static FilePayload Pdf(string name) => new()
    {
        Name = name,
        MimeType = "application/pdf",
        Buffer = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray(),
    };

    [Fact]
    public async Task A_beneficiary_applies_on_a_phone_and_tracks_the_request()
    {
        var page = await fx.NewPageAsync(390, 844);
        await page.GotoAsync("/apply");
        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
        await page.WaitForSelectorAsync("[data-testid=crisis-line]");
        await BrowserFixture.ScreenshotAsync(page, "public-apply-types-ar-phone");

        await page.ClickAsync("[data-testid=type-psychiatric]");
        await page.WaitForSelectorAsync("form.public-form");
        var id = IntakeWorld.NationalId(9101);
        await page.FillAsync("#first", "نورة");
        await page.FillAsync("#father", "حسن");
        await page.FillAsync("#grandfather", "علي");
        await page.FillAsync("#family", "الحازمي");
        await page.FillAsync("#nationalId", id);
        await page.FillAsync("#idExpiry", "1452/06/01");
        await page.SelectOptionAsync("#gender", "Female");
        await page.FillAsync("#birthDate", "١٤١٨/٠٢/٢٠");
        await page.FillAsync("#mobile", "0559876543");
        await page.CheckAsync("input[name='Input.ConsentSms']");
        await page.SelectOptionAsync("#governorate", "أبو عريش");
        await page.FillAsync("#address", "حي الخالدية");
        await page.SelectOptionAsync("#maritalStatus", "Unmarried");
        await page.FillAsync("#householdSize", "6");
        await page.SelectOptionAsync("#income", "Below3000");
        await page.FillAsync("#description", "أشعر بقلق شديد ولا أنام، وأحتاج إلى موعد مع طبيب نفسي.");

        // First attempt forgets the declaration: the page says so and keeps what was typed.
        var files = page.Locator("input[type=file]");
        Assert.Equal(2, await files.CountAsync());
        for (var i = 0; i < 2; i++)
        {
            await files.Nth(i).SetInputFilesAsync(Pdf($"doc{i}.pdf"));
        }
        await FillExpiriesAsync(page, "1453/01/01");
        await page.ClickAsync("[data-testid=apply-submit]");
        await page.WaitForSelectorAsync("[data-testid=apply-errors]");
        Assert.Equal("الحازمي", await page.InputValueAsync("#family"));
        await page.WaitForSelectorAsync("[data-testid=files-again]");
        await BrowserFixture.ScreenshotAsync(page, "public-apply-errors-ar-phone");
        Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"));

        for (var i = 0; i < 2; i++)
        {
            await files.Nth(i).SetInputFilesAsync(Pdf($"doc{i}.pdf"));
        }
        await page.CheckAsync("#declaration");
        await page.ClickAsync("[data-testid=apply-submit]");
        await page.WaitForURLAsync(url => url.Contains("/apply/done", StringComparison.Ordinal));
        var reference = (await page.InnerTextAsync("[data-testid=reference]")).Trim();
        Assert.Matches(@"^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$", reference);
        await BrowserFixture.ScreenshotAsync(page, "public-apply-done-ar-phone");

        await page.ClickAsync("[data-testid=track-link]");
        await page.WaitForSelectorAsync("#last4");
        Assert.Equal(reference, await page.InputValueAsync("#reference"));
        await page.FillAsync("#last4", id[^4..]);
        await page.ClickAsync("[data-testid=track-submit]");
        await page.WaitForSelectorAsync("[data-testid=track-result]");
        Assert.Equal("وارد من الموقع", (await page.InnerTextAsync("[data-testid=track-status]")).Trim());
        await BrowserFixture.ScreenshotAsync(page, "public-track-ar-phone");

        // An officer verifies it: the beneficiary now sees "submitted" and the date the committee will answer by.
        await using (var db = await fx.App.Services.GetRequiredService<IDbContextFactory<HopeDb>>().CreateDbContextAsync())
        {
            var key = PublicReferences.Normalize(reference);
            var requestId = await db.Requests.Where(r => r.PublicReference == key).Select(r => r.Id).SingleAsync();
            var verified = await fx.App.Services.GetRequiredService<RequestIntakeService>().VerifyAsync(IntakeWorld.Officer, requestId);
            Assert.True(verified.Submitted, string.Join(", ", verified.Problems.Select(p => p.Code)));
        }
        await page.FillAsync("#last4", id[^4..]);
        await page.ClickAsync("[data-testid=track-submit]");
        await page.WaitForSelectorAsync("[data-testid=track-status][data-status=Submitted]");
        Assert.Equal("مقدَّم", (await page.InnerTextAsync("[data-testid=track-status]")).Trim());
        var due = await page.InnerTextAsync("[data-testid=track-due]");
        Assert.Contains("هـ", due, StringComparison.Ordinal);
        Assert.Contains("م", due, StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "public-track-submitted-ar-phone");

        // The same page in English, one click away.
        await page.ClickAsync("[data-testid=culture-switch]");
        await BrowserFixture.WaitForAsync(page, "document.documentElement.dir === 'ltr'");
        await page.FillAsync("#reference", reference);
        await page.FillAsync("#last4", id[^4..]);
        await page.ClickAsync("[data-testid=track-submit]");
        await page.WaitForSelectorAsync("[data-testid=track-result]");
        Assert.Equal("Submitted", (await page.InnerTextAsync("[data-testid=track-status]")).Trim());
        await BrowserFixture.ScreenshotAsync(page, "public-track-en-phone");
        await page.GotoAsync("/apply");
        await BrowserFixture.ScreenshotAsync(page, "public-apply-types-en-phone");

        // Nothing on the phone is wider than the screen.
        var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow);
        await page.GotoAsync("/culture/ar?returnUrl=/apply");
        await page.Context.CloseAsync();
    }

    private static async Task FillExpiriesAsync(IPage page, string date)
    {
        foreach (var input in await page.Locator("input[id^=expiry-]").AllAsync())
        {
            await input.FillAsync(date);
        }
    }

    [Fact]
    public async Task A_rejected_applicant_sees_the_appeal_form_on_a_phone()
    {
        await using var db = await fx.App.Services.GetRequiredService<IDbContextFactory<HopeDb>>().CreateDbContextAsync();
        var rejected = await db.Requests.AsNoTracking().Include(r => r.Beneficiary).FirstAsync(r => r.Status == RequestStatus.Rejected);
        var page = await fx.NewPageAsync(390, 844);
        await page.GotoAsync("/track");
        await page.FillAsync("#reference", rejected.PublicReference);
        await page.FillAsync("#last4", rejected.Beneficiary!.NationalId[^4..]);
        await page.ClickAsync("[data-testid=track-submit]");
        await page.WaitForSelectorAsync("[data-testid=appeal-section]");
        Assert.Equal("Rejected", await page.GetAttributeAsync("[data-testid=track-status]", "data-status"));
        await page.FocusAsync("#grounds");
        await BrowserFixture.ScreenshotAsync(page, "public-track-appeal-ar-phone");

        await page.GotoAsync("/culture/en?returnUrl=/track");
        Assert.Equal("ltr", await page.GetAttributeAsync("html", "dir"));
        await page.FillAsync("#reference", rejected.PublicReference);
        await page.FillAsync("#last4", rejected.Beneficiary!.NationalId[^4..]);
        await page.ClickAsync("[data-testid=track-submit]");
        await page.WaitForSelectorAsync("[data-testid=appeal-section]");
        Assert.Contains("Appeal the decision", await page.InnerTextAsync("[data-testid=appeal-section]"), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "public-track-appeal-en-phone");
        await page.Context.CloseAsync();
    }
}
