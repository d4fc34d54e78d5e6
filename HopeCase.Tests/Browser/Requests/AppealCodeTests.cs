using System.Text.Json;
using System.Text.RegularExpressions;
using HopeCase.Core.Data;
using HopeCase.Core.Requests;
using HopeCase.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HopeCase.Tests.Browser.Requests;

/// <summary>
/// A rejected applicant appeals from /track on a phone with an SMS gateway set (a real HTTP listener on 127.0.0.1):
/// the code is asked for, a wrong one is refused in Arabic, and the code the gateway received files the appeal.
/// </summary>
public sealed partial class AppealCodeTests : IAsyncLifetime, IDisposable
{
    private readonly SmsGateway _gateway = new();
    private readonly BrowserFixture _fx = new();

    public async Task InitializeAsync()
    {
        _fx.App.Settings["Messaging:SmsProvider"] = "http";
        _fx.App.Settings["Messaging:SmsGatewayUrl"] = _gateway.Url;
        await _fx.InitializeAsync();
    }

    public Task DisposeAsync() => _fx.DisposeAsync();

    public void Dispose() => _gateway.Dispose();

    [Fact]
    public async Task A_rejected_applicant_appeals_with_the_code_sent_to_the_registered_mobile()
    {
        var dbs = _fx.App.Services.GetRequiredService<IDbContextFactory<HopeDb>>();
        await using var db = await dbs.CreateDbContextAsync();
        var rejected = await db.Requests.AsNoTracking().Include(r => r.Beneficiary).FirstAsync(r => r.Status == RequestStatus.Rejected);
        var (reference, last4) = (rejected.PublicReference, rejected.Beneficiary!.NationalId[^4..]);
        var page = await _fx.NewPageAsync(390, 844);

        await TrackAsync(page, "/track", reference, last4);
        await page.FillAsync("#grounds", "لم أعد أتلقى الجلسات في المستشفى");
        await page.ClickAsync("[data-testid=appeal-send-code]");
        await page.WaitForSelectorAsync("[data-testid=appeal-code-sent]");
        var code = CodeSentFor(rejected.Id);
        await page.FillAsync("#appeal-code", ((int.Parse(code, System.Globalization.CultureInfo.InvariantCulture) + 1) % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture));
        await page.ClickAsync("[data-testid=appeal-submit]");
        await page.WaitForSelectorAsync("[data-testid=appeal-error]");
        Assert.Contains("رمز التحقق", await page.InnerTextAsync("[data-testid=appeal-error]"), StringComparison.Ordinal);
        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
        await BrowserFixture.ScreenshotAsync(page, "track-appeal-code-wrong-ar-phone");
        Assert.Equal(RequestStatus.Rejected, (await db.Requests.AsNoTracking().SingleAsync(r => r.Id == rejected.Id)).Status);

        await TrackAsync(page, "/culture/en?returnUrl=/track", reference, last4);
        Assert.Equal("ltr", await page.GetAttributeAsync("html", "dir"));
        await page.FillAsync("#grounds", "I no longer receive the sessions at the hospital");
        await page.FillAsync("#appeal-code", code);
        await BrowserFixture.ScreenshotAsync(page, "track-appeal-code-en-phone");
        await page.ClickAsync("[data-testid=appeal-submit]");
        await page.WaitForSelectorAsync("[data-testid=appeal-filed]");
        await BrowserFixture.ScreenshotAsync(page, "track-appeal-filed-en-phone");
        Assert.Equal(RequestStatus.AwaitingCommittee, (await db.Requests.AsNoTracking().SingleAsync(r => r.Id == rejected.Id)).Status);
        await page.Context.CloseAsync();
    }

    private static async Task TrackAsync(Microsoft.Playwright.IPage page, string path, string reference, string last4)
    {
        await page.GotoAsync(path);
        await page.FillAsync("#reference", reference);
        await page.FillAsync("#last4", last4);
        await page.ClickAsync("[data-testid=track-submit]");
        await page.WaitForSelectorAsync("[data-testid=appeal-section]");
    }

    /// <summary>The code the gateway received for this request's appeal (its reference field names the request and purpose).</summary>
    private string CodeSentFor(int id)
    {
        var body = Assert.Single(_gateway.Bodies, b => b.Contains($"\"code:{id}:appeal:", StringComparison.Ordinal));
        return SixDigits().Match(JsonDocument.Parse(body).RootElement.GetProperty("text").GetString()!).Value;
    }

    [GeneratedRegex(@"\d{6}")]
    private static partial Regex SixDigits();
}
