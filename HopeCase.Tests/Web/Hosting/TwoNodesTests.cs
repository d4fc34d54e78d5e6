using HopeCase.Tests.Browser;
using HopeCase.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace HopeCase.Tests.Web.Hosting;

/// <summary>
/// Issue 11, item 7, the scale test: two real nodes on one PostgreSQL database behind the deploy/ nginx site, driven
/// by Chromium through nginx. nginx keeps a browser on one node by its affinity cookie (hopecase_node); the test gives
/// each browser a cookie value that nginx's consistent hash sends to the node it wants (found by asking nginx, whose
/// test-only header X-HopeCase-Upstream names the node that answered). Client addresses cannot do this: on 127.0.0.1
/// every browser has the same address.
/// </summary>
public sealed partial class TwoNodesTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Two_nodes_share_live_updates_sign_in_and_jobs_and_a_browser_carries_on_when_one_is_killed()
    {
        await using var nodes = await TwoNodes.StartAsync();
        try
        {
            await WalkAsync(nodes);
        }
        catch
        {
            output.WriteLine($"node A:\n{nodes.A.Stderr}\nnode B:\n{nodes.B.Stderr}\nnginx:\n{nodes.Nginx.ErrorLog}");
            throw;
        }
    }

    private async Task WalkAsync(TwoNodes nodes)
    {
        var (onA, onB) = (await nodes.AffinityForAsync(nodes.A.Port), await nodes.AffinityForAsync(nodes.B.Port));
        // Both job servers are registered in the one job store.
        Assert.True(await Eventually.UntilAsync(async () => await nodes.ScalarAsync("SELECT count(*) FROM hangfire.server") == 2, TimeSpan.FromSeconds(60)));

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium", Headless = true, Args = BrowserFixture.ChromiumArgs,
        });
        var chair = await PageOnAsync(browser, nodes, onA);
        var member = await PageOnAsync(browser, nodes, onB);
        await BrowserFixture.SignInAsync(chair, "committee@hope.demo");
        await BrowserFixture.SignInAsync(member, "committee2@hope.demo");

        // The research officer on node A sends a study to the committee; the member's open page on node B counts it.
        var sent = await OfficerSendsToCommitteeAsync(browser, nodes, onA, member);

        // The member on node B has the committee's sessions open; the chair on node A schedules one with them.
        await member.GotoAsync("/committee");
        await BrowserFixture.WaitInteractiveAsync(member);
        await chair.GotoAsync("/committee");
        await BrowserFixture.WaitInteractiveAsync(chair);
        await chair.ClickAsync("[data-testid=members-field] .mud-select");
        await chair.ClickAsync(".mud-popover-open .mud-list-item:has-text('محمد صميلي')");
        await chair.ClickAsync(".mud-popover-open .mud-list-item:has-text('أمل قاسم')");
        await chair.Keyboard.PressAsync("Escape");
        await chair.ClickAsync("[data-testid=schedule]");
        await chair.WaitForURLAsync(url => System.Text.RegularExpressions.Regex.IsMatch(url, "/committee/[0-9]+$"));
        var sessionUrl = new Uri(chair.Url).AbsolutePath;
        await BrowserFixture.WaitInteractiveAsync(chair);
        // Node B's page learns of node A's new session without a reload (PostgreSQL LISTEN/NOTIFY).
        await member.WaitForSelectorAsync($"a[href='{sessionUrl}']");
        await member.ClickAsync($"a[href='{sessionUrl}']");
        await member.WaitForSelectorAsync("[data-testid=agenda-empty]");
        await BrowserFixture.WaitInteractiveAsync(member);

        // The chair builds the agenda on node A; the member's open agenda on node B fills without a reload.
        await member.EvaluateAsync("() => { window.hopecaseNoReload = true; }");
        await chair.ClickAsync("[data-testid=build-agenda]");
        await chair.WaitForSelectorAsync("[data-testid^=item-]");
        var built = await chair.Locator("[data-testid^=item-]").CountAsync();
        Assert.True(built >= 4, $"the agenda has {built} items: the demo's three and the one just sent");
        await BrowserFixture.WaitForAsync(member, $"() => document.querySelectorAll('[data-testid^=item-]').length === {built}");
        var reference = (await nodes.ScalarTextAsync($"SELECT \"Reference\" FROM \"Requests\" WHERE \"Id\" = {sent}"))!;
        Assert.Contains(reference, await member.InnerTextAsync("body"), StringComparison.Ordinal);
        Assert.True(await member.EvaluateAsync<bool>("() => window.hopecaseNoReload === true"), "the agenda updated by a reload");
        await BrowserFixture.ScreenshotAsync(member, "two-nodes-1-agenda-live-on-node-b");
        var items = await member.Locator("[data-testid^=item-]").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.testid.substring(5))");

        // Reminders made due on purpose (not whatever the demo holds): both nodes' job servers sweep them, every minute,
        // and together send each one exactly once per key.
        Assert.True(await Eventually.UntilAsync(async () => await SweepsAsync(nodes) >= 2, TimeSpan.FromSeconds(150)));
        var expected = await MakeRemindersDueAsync(nodes);
        Assert.True(expected.Count >= 12, $"{expected.Count} reminders due: the demo's open requests should owe some");
        var sweeps = await SweepsAsync(nodes);
        const string Reminders = "SELECT count(*) FROM \"StaffNotifications\" WHERE \"Key\" LIKE 'deadline:%'";
        Assert.True(await Eventually.UntilAsync(async () => await nodes.ScalarAsync(Reminders) >= expected.Count, TimeSpan.FromSeconds(150)),
            $"{await nodes.ScalarAsync(Reminders)} of {expected.Count} reminders sent");
        // Two more sweeps (on either node) after that, and still each reminder once.
        Assert.True(await Eventually.UntilAsync(async () => await SweepsAsync(nodes) >= sweeps + 2, TimeSpan.FromSeconds(150)));
        var keys = await nodes.ListAsync("SELECT \"Key\" FROM \"StaffNotifications\" WHERE \"Key\" LIKE 'deadline:%' ORDER BY \"Key\"");
        output.WriteLine($"reminders: {keys.Count} (expected {expected.Count}), outbox: {await nodes.ScalarAsync("SELECT count(*) FROM \"Outbox\"")}");
        Assert.Equal(expected.Order(StringComparer.Ordinal), keys.Order(StringComparer.Ordinal));
        Assert.Equal(0, await nodes.ScalarAsync("SELECT count(*) FROM (SELECT \"IdempotencyKey\" FROM \"Outbox\" GROUP BY \"IdempotencyKey\" HAVING count(*) > 1) d"));
        Assert.Equal(0, await nodes.ScalarAsync("SELECT count(*) FROM hangfire.job WHERE statename = 'Failed'"));

        // Node B is killed under the member's open page. nginx sends them to node A; the page comes back there
        // (by itself when the circuit's reconnection is refused, else the user reloads) and they are still signed in.
        await nodes.B.DisposeAsync();
        var reloadedItself = await Eventually.UntilAsync(async () =>
        {
            try
            {
                return await member.EvaluateAsync<bool>("() => window.hopecaseNoReload !== true && !!document.querySelector('[data-interactive=true]')");
            }
            catch (PlaywrightException)
            {
                return false; // navigating
            }
        }, TimeSpan.FromSeconds(30));
        output.WriteLine(reloadedItself ? "the page reloaded by itself" : "the user reloaded the page");
        if (!reloadedItself)
        {
            await member.ReloadAsync();
        }
        await BrowserFixture.WaitInteractiveAsync(member);
        Assert.EndsWith(sessionUrl, member.Url, StringComparison.Ordinal);
        Assert.Equal(nodes.A.Port, await nodes.Nginx.NodeForAsync(onB));
        await member.WaitForSelectorAsync($"[data-testid=item-{items[0]}]");

        // …and carries on: a vote cast through node A is saved and reaches the chair's page live.
        await member.ClickAsync($"[data-testid=vote-{items[0]}-Accepted]");
        await member.WaitForSelectorAsync($"[data-testid=vote-{items[0]}-Accepted].mud-button-filled");
        await BrowserFixture.WaitForAsync(chair, $"() => document.querySelector('[data-testid=item-{items[0]}] [data-testid=votes]').querySelectorAll('.mud-chip').length === 1");
        await BrowserFixture.ScreenshotAsync(member, "two-nodes-2-carried-on-via-node-a");
        Assert.Equal(1, await nodes.ScalarAsync($"SELECT count(*) FROM \"Vote\" v JOIN \"AspNetUsers\" u ON u.\"Id\" = v.\"MemberUserId\" WHERE v.\"AgendaItemId\" = {int.Parse(items[0], System.Globalization.CultureInfo.InvariantCulture)} AND u.\"Email\" = 'committee2@hope.demo'"));
    }

    private static Task<long> SweepsAsync(TwoNodes nodes) => nodes.ScalarAsync(
        "SELECT count(*) FROM hangfire.job WHERE statename = 'Succeeded' AND invocationdata::text LIKE '%DeadlineJob%SweepAsync%'");

    private static async Task<IPage> PageOnAsync(IBrowser browser, TwoNodes nodes, string affinity)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = nodes.Nginx.BaseUri.ToString().TrimEnd('/'),
            IgnoreHTTPSErrors = true,
            ViewportSize = new ViewportSize { Width = 1366, Height = 860 },
        });
        await context.AddCookiesAsync([new Cookie { Name = "hopecase_node", Value = affinity, Domain = "127.0.0.1", Path = "/", Secure = true, HttpOnly = true }]);
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }
}
