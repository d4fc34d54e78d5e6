using HopeCase.Core.Committee;
using HopeCase.Core.Data;
using HopeCase.Core.Requests;
using HopeCase.Core.Research;
using HopeCase.Core.Saudi;
using HopeCase.Core.Security;
using HopeCase.Core.ServiceDelivery;
using HopeCase.Core.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HopeCase.Tests.Browser.Research;

/// <summary>Role home pages count their queues and update without a reload; open lists show days left in colour.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CaseQueueTests(BrowserFixture fx)
{
    [Fact]
    public async Task The_research_officers_count_rises_live_when_a_manager_assigns_a_request()
    {
        var page = await fx.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "research@hope.demo");
        await page.WaitForSelectorAsync("[data-testid='count-Research.QueueMyStudies']");
        var before = int.Parse(await page.InnerTextAsync("[data-testid='count-Research.QueueMyStudies']"), System.Globalization.CultureInfo.InvariantCulture);

        // A manager assigns a submitted request to this officer, elsewhere (the service, as the manager's page would).
        var dbs = fx.App.Services.GetRequiredService<IDbContextFactory<HopeDb>>();
        string researcherId;
        int requestId;
        Actor manager;
        await using (var db = await dbs.CreateDbContextAsync())
        {
            researcherId = await db.Users.Where(u => u.Email == "research@hope.demo").Select(u => u.Id).SingleAsync();
            var man = await db.Users.SingleAsync(u => u.Email == "manager@hope.demo");
            manager = new Actor(man.Id, man.DisplayName, new HashSet<string> { Roles.Manager });
            requestId = await db.Requests.Where(r => r.Status == RequestStatus.Submitted).OrderBy(r => r.Id).Select(r => r.Id).FirstAsync();
        }
        await fx.App.Services.GetRequiredService<ResearchService>().AssignAsync(manager, requestId, researcherId);
        await BrowserFixture.WaitForAsync(page, $"() => document.querySelector('[data-testid=\"count-Research.QueueMyStudies\"]').innerText.trim() === '{before + 1}'");
        await BrowserFixture.ScreenshotAsync(page, "queues-1-research-home-ar");

        await page.GotoAsync("/research");
        await BrowserFixture.WaitInteractiveAsync(page);
        await page.WaitForSelectorAsync($"[data-testid=my-studies] a[href='/requests/{requestId}']");
        var levels = await page.Locator("[data-testid=all-open] [data-testid=days-left]").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.level)");
        Assert.Contains("green", levels);
        await BrowserFixture.ScreenshotAsync(page, "queues-2-research-list-ar");
    }

    [Fact]
    public async Task A_provider_sees_todays_session_and_the_plan_in_english()
    {
        // The demo booked the video session for the day the app started; a run that crosses midnight in Riyadh
        // would find it in yesterday, so an unrecorded one left in the past is moved to today's 15:00.
        var dayStart = SaudiTime.StartOfDay(SaudiTime.LocalDate(DateTimeOffset.UtcNow));
        await using (var db = await fx.App.Services.GetRequiredService<IDbContextFactory<HopeDb>>().CreateDbContextAsync())
        {
            await db.Set<ServiceSession>().Where(s => s.Mode == DeliveryMode.Video && s.RecordedAt == null && s.ScheduledAt < dayStart)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.ScheduledAt, dayStart.AddHours(15)));
        }
        var page = await fx.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "provider@hope.demo");
        await page.GotoAsync("/culture/en?returnUrl=/services");
        await BrowserFixture.WaitInteractiveAsync(page);
        await page.WaitForSelectorAsync("[data-testid=today-sessions] tbody tr a");
        Assert.Contains("Video", await page.InnerTextAsync("[data-testid=today-sessions]"), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "queues-3-provider-services-en");
        await page.ClickAsync("[data-testid=today-sessions] tbody tr a");
        await page.WaitForSelectorAsync("[data-testid=plan-sessions]");
        // The assigned provider reads the confidential notes.
        Assert.Contains("يحتاج متابعة أسبوعية", await page.InnerTextAsync("[data-testid=plan-sessions]"), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "queues-4-service-plan-en");
        await page.GotoAsync("/culture/ar?returnUrl=/");
    }
}
