using HopeCase.Core.Data;
using HopeCase.Core.Surveys;
using HopeCase.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HopeCase.Tests.Browser.Surveys;

/// <summary>Internal beneficiaries (P-3.8) end to end: a manager records a service, the department answers, the dashboard shows it apart.</summary>
[Collection(BrowserCollection.Name)]
public sealed class InternalSurveyBrowserTests(BrowserFixture fx)
{
    private const string What = "تصميم منشورات حملة التطوع الشتوية";

    [Fact]
    public async Task A_manager_records_a_service_the_department_answers_and_the_dashboard_shows_it_apart()
    {
        var dbs = fx.App.Services.GetRequiredService<IDbContextFactory<HopeDb>>();
        var manager = await fx.NewPageAsync(1366, 900);
        await BrowserFixture.SignInAsync(manager, "manager@hope.demo");
        await manager.GotoAsync("/internal-services");
        await BrowserFixture.WaitInteractiveAsync(manager);

        // The media department gets a contact, then a service its staff received is recorded.
        var media = manager.Locator("[data-testid=department-row][data-id='2']");
        await media.Locator("[data-testid=department-mobile] input").FillAsync("0551239977");
        await media.Locator("[data-testid=department-save]").ClickAsync();
        Assert.True(await Eventually.UntilAsync(async () =>
        {
            await using var db = await dbs.CreateDbContextAsync();
            return await db.InternalDepartments.AnyAsync(d => d.Id == 2 && d.ContactMobile == "+966551239977");
        }, TimeSpan.FromSeconds(15)));
        await manager.ClickAsync("[data-testid=internal-department] .mud-select");
        await manager.ClickAsync(".mud-popover-open .mud-list-item:has-text('الإعلام والعلاقات العامة')");
        await manager.ClickAsync("[data-testid=internal-staff] .mud-select");
        await manager.ClickAsync(".mud-popover-open .mud-list-item:has-text('مريم عسيري')");
        await manager.Locator("[data-testid=internal-what] textarea").First.FillAsync(What);
        await manager.ClickAsync("[data-testid=internal-save]");
        await manager.Locator("[data-testid=internal-row]", new() { HasText = What }).WaitForAsync();
        // Staff never see the link: it is only in the message to the department.
        Assert.DoesNotContain("/survey/", await manager.ContentAsync(), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(manager, "internal-services-ar");

        string token;
        await using (var db = await dbs.CreateDbContextAsync())
        {
            var service = await db.InternalServices.Where(s => s.Description == What).Select(s => s.Id).SingleAsync();
            var body = await db.Outbox.Where(m => m.IdempotencyKey == $"survey:internal:{service}:sms").Select(m => m.Body).SingleAsync();
            token = body[(body.IndexOf("/survey/", StringComparison.Ordinal) + "/survey/".Length)..].Split(' ')[0];
        }

        // The department's contact answers on the same public page as a beneficiary, on a phone.
        var contact = await fx.NewPageAsync(390, 844);
        await contact.GotoAsync($"/survey/{token}");
        await contact.WaitForSelectorAsync("[data-testid=q-Overall]");
        foreach (var (q, v) in new[] { ("Overall", 3), ("Courtesy", 5), ("Clarity", 4), ("Speed", 2), ("Ease", 4), ("Recommend", 7) })
        {
            await contact.ClickAsync($"label[for={q}-{v}]");
        }
        await contact.ClickAsync("[data-testid=survey-submit]");
        await contact.WaitForSelectorAsync("[data-testid=survey-thanks]");
        await BrowserFixture.ScreenshotAsync(contact, "internal-survey-answered-ar-phone");
        await contact.Context.CloseAsync();

        await manager.GotoAsync("/dashboard");
        await BrowserFixture.WaitInteractiveAsync(manager);
        var panel = manager.Locator("[data-testid=internal-panel]");
        await panel.WaitForAsync();
        Assert.Contains("رضا المستفيدين الداخليين", await panel.InnerTextAsync(), StringComparison.Ordinal);
        await using (var db = await dbs.CreateDbContextAsync())
        {
            var since = DateTimeOffset.UtcNow.AddDays(-89).AddDays(-1);
            var internalAnswers = await db.SurveyResponses.CountAsync(r => r.Audience == SurveyAudience.Internal && r.SubmittedAt >= since);
            Assert.True(internalAnswers >= 1);
            Assert.Equal(internalAnswers.ToString(System.Globalization.CultureInfo.InvariantCulture), (await manager.InnerTextAsync("[data-testid=internal-responses]")).Trim());
        }
        Assert.Contains("2.0", await manager.InnerTextAsync("[data-testid=internal-averages]"), StringComparison.Ordinal);
        Assert.Contains("الإعلام والعلاقات العامة", await panel.InnerTextAsync(), StringComparison.Ordinal);
        await panel.ScrollIntoViewIfNeededAsync();
        await BrowserFixture.ScreenshotAsync(manager, "dashboard-internal-ar");
        // The shot pinned the app bar to the page's top for the picture only: users still have it fixed to the window.
        Assert.Equal("fixed", await manager.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.mud-appbar')).position"));
        Assert.Equal(0, await manager.EvaluateAsync<int>("() => document.querySelectorAll('#hope-shot-style').length"));

        await manager.GotoAsync($"/culture/en?returnUrl={Uri.EscapeDataString("/dashboard")}");
        await BrowserFixture.WaitInteractiveAsync(manager);
        await manager.Locator("[data-testid=internal-panel]", new() { HasText = "Internal beneficiaries' satisfaction" }).WaitForAsync();
        await manager.Locator("[data-testid=internal-panel]").ScrollIntoViewIfNeededAsync();
        await BrowserFixture.ScreenshotAsync(manager, "dashboard-internal-en");
        await manager.GotoAsync($"/culture/en?returnUrl={Uri.EscapeDataString("/internal-services")}");
        await BrowserFixture.WaitInteractiveAsync(manager);
        await manager.Locator("[data-testid=internal-row]", new() { HasText = What }).WaitForAsync();
        Assert.Contains("Answered", await manager.Locator("[data-testid=internal-row]", new() { HasText = What }).InnerTextAsync(), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(manager, "internal-services-en");
        await manager.GotoAsync("/culture/ar?returnUrl=/");
        await manager.Context.CloseAsync();
    }
}
