using HopeCase.Core.Data;
using HopeCase.Core.Requests;
using HopeCase.Core.Saudi;
using HopeCase.Core.Security;
using HopeCase.Core.ServiceDelivery;
using HopeCase.Core.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HopeCase.Tests.Browser.ServiceDelivery;

/// <summary>Issue 14 item 12 in the browser: the provider of the approved service sees the registered beneficiary, a manager assigns it, no session in the past.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ProvidersQueueBrowserTests(BrowserFixture fx)
{
    private static string En(string culture, string path) => culture == "en" ? $"/culture/en?returnUrl={Uri.EscapeDataString(path)}" : path;

    /// <summary>The demo's accepted (not yet registered) request, registered here; its provider named for its service.</summary>
    private async Task<(int Id, string Name)> RegisteredAsync()
    {
        var services = fx.App.Services;
        await using var db = await services.GetRequiredService<IDbContextFactory<HopeDb>>().CreateDbContextAsync();
        var request = await db.Requests.Include(r => r.Events).Include(r => r.Beneficiary).Where(r => r.Status == RequestStatus.Accepted).OrderBy(r => r.Id).FirstAsync();
        var officer = await db.Users.SingleAsync(u => u.Email == "relations@hope.demo");
        request.Move(RequestTrigger.Register, new Actor(officer.Id, officer.DisplayName, new HashSet<string> { Roles.RelationsOfficer }), DateTimeOffset.UtcNow, "test");
        await db.SaveChangesAsync();
        var provider = await db.Users.SingleAsync(u => u.Email == "provider@hope.demo");
        var manager = await db.Users.SingleAsync(u => u.Email == "manager@hope.demo");
        await services.GetRequiredService<ProviderServices>().SetAsync(new Actor(manager.Id, manager.DisplayName, new HashSet<string> { Roles.Manager }),
            provider.Id, [request.SupportTypeId]);
        return (request.Id, request.Beneficiary!.FullName);
    }

    [Fact]
    public async Task The_provider_sees_the_registered_beneficiary_a_manager_assigns_it_and_a_past_session_is_refused()
    {
        var (id, name) = await RegisteredAsync();
        var provider = await fx.NewPageAsync();
        await BrowserFixture.SignInAsync(provider, "provider@hope.demo");
        foreach (var culture in new[] { "ar", "en" })
        {
            await provider.GotoAsync(En(culture, "/services"));
            await provider.Locator("[data-testid=cases]").GetByText(name).First.WaitForAsync();
            await BrowserFixture.ScreenshotAsync(provider, $"providers-queue-registered-{culture}");
        }

        var manager = await fx.NewPageAsync();
        await BrowserFixture.SignInAsync(manager, "manager@hope.demo");
        await manager.GotoAsync($"/services/{id}");
        await BrowserFixture.WaitInteractiveAsync(manager);
        await manager.ClickAsync("[data-testid=start-service] .mud-select");
        await manager.ClickAsync(".mud-popover-open .mud-list-item:has-text('د. فهد النعمي')");
        await BrowserFixture.ScreenshotAsync(manager, "providers-assign-ar");
        await manager.ClickAsync("[data-testid=start-service] button");
        await manager.WaitForSelectorAsync("[data-testid=book-form]");
        await using (var db = await fx.App.Services.GetRequiredService<IDbContextFactory<HopeDb>>().CreateDbContextAsync())
        {
            Assert.Equal(RequestStatus.InService, await db.Requests.Where(r => r.Id == id).Select(r => r.Status).SingleAsync());
        }

        var yesterday = HijriDate.FromGregorian(SaudiTime.LocalDate(DateTimeOffset.UtcNow).AddDays(-1)).ToString();
        foreach (var (culture, words) in new[] { ("ar", "لا يمكن حجز جلسة في وقت مضى"), ("en", "cannot be booked in the past") })
        {
            await manager.GotoAsync(En(culture, $"/services/{id}"));
            await BrowserFixture.WaitInteractiveAsync(manager);
            var date = manager.Locator("[data-testid=book-form] input").First;
            await date.FillAsync(yesterday);
            await date.PressAsync("Tab");
            await manager.ClickAsync("[data-testid=book-form] button.mud-button-filled");
            await manager.Locator(".mud-snackbar").GetByText(words).WaitForAsync();
            await BrowserFixture.ScreenshotAsync(manager, $"providers-session-in-past-{culture}");
        }
        await using var read = await fx.App.Services.GetRequiredService<IDbContextFactory<HopeDb>>().CreateDbContextAsync();
        Assert.Equal(0, await read.ServicePlans.Where(p => p.SupportRequestId == id).SelectMany(p => p.Sessions).CountAsync());
    }
}
