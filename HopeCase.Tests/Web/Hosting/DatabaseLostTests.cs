using System.Net;
using HopeCase.Tests.Browser;
using HopeCase.Tests.Support;
using Microsoft.Playwright;
using Npgsql;

namespace HopeCase.Tests.Web.Hosting;

/// <summary>
/// Issue 11, item 11: PostgreSQL stopped under a running node (pg_ctl stop on a cluster of the test's own) turns
/// /health red, shows staff «تعذّر الوصول إلى قاعدة البيانات» instead of a broken circuit, saves nothing of what was
/// being saved, and the node and the open page come back by themselves when the server is started again.
/// </summary>
public sealed class DatabaseLostTests
{
    [Fact]
    public async Task A_lost_database_shows_a_clear_message_saves_nothing_by_half_and_the_app_resumes_by_itself()
    {
        var cluster = PgCluster.StartDedicated();
        var database = cluster.NewDatabase("lost");
        using var folder = new TempFolder("db-lost");
        await using var app = AppProcess.Start(folder.File("data"), "Development", "--Data:Provider=Postgres", $"--Data:ConnectionString={database}", "--Demo:FeedbackSeed=false");
        Assert.Equal(HttpStatusCode.OK, await app.WaitForHealthyAsync(TimeSpan.FromSeconds(180)));
        var baseUrl = $"http://127.0.0.1:{app.Port}";

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = BrowserFixture.ChromiumArgs });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl, ViewportSize = new ViewportSize { Width = 1366, Height = 860 } });
        context.SetDefaultTimeout(30_000);
        var chair = await context.NewPageAsync();
        await BrowserFixture.SignInAsync(chair, "committee@hope.demo");
        await chair.GotoAsync("/committee");
        await BrowserFixture.WaitInteractiveAsync(chair);
        await chair.ClickAsync("[data-testid=members-field] .mud-select");
        await chair.ClickAsync(".mud-popover-open .mud-list-item:has-text('محمد صميلي')");
        await chair.ClickAsync(".mud-popover-open .mud-list-item:has-text('أمل قاسم')");
        await chair.Keyboard.PressAsync("Escape");
        var sessions = await CountAsync(database, "SELECT count(*) FROM \"CommitteeSessions\"");
        var audited = await CountAsync(database, "SELECT count(*) FROM \"AuditEntries\" WHERE \"EntityType\" = 'CommitteeSession'");

        cluster.Stop();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        Assert.True(await Eventually.UntilAsync(async () => (await http.GetAsync(new Uri(baseUrl + "/health"))).StatusCode == HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(60)),
            "/health should turn red");

        // The open page: scheduling fails, and the page says why in Arabic, still live (no broken circuit).
        await chair.ClickAsync("[data-testid=schedule]");
        await chair.WaitForSelectorAsync("[data-testid=database-unavailable]");
        Assert.Contains("تعذّر الوصول إلى قاعدة البيانات", await chair.InnerTextAsync("[data-testid=database-unavailable]"), StringComparison.Ordinal);
        Assert.Equal("none", await chair.EvaluateAsync<string>("() => getComputedStyle(document.getElementById('blazor-error-ui')).display"));
        await BrowserFixture.ScreenshotAsync(chair, "database-lost-1-open-page-ar");

        // A page opened now says the same, with a retry link (503, so a proxy or a script knows too).
        var other = await context.NewPageAsync();
        var response = await other.GotoAsync("/committee");
        // The prerendered page may show it first; the live page shows it once its own load has failed too (or the 503 page).
        await other.WaitForSelectorAsync("[data-interactive=true], main[data-testid=database-unavailable]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = 60_000 });
        await other.WaitForSelectorAsync("[data-testid=database-unavailable]", new PageWaitForSelectorOptions { Timeout = 60_000 });
        await BrowserFixture.ScreenshotAsync(other, "database-lost-2-new-page-ar");
        var body = await other.InnerTextAsync("[data-testid=database-unavailable]");
        Assert.True(body.Contains("تعذّر الوصول إلى قاعدة البيانات", StringComparison.Ordinal), $"{other.Url} {response?.Status}: {body}");
        AnsweredAsPage(response?.Status);

        // The server comes back: /health turns green and the open page recovers by itself, with nothing half-saved.
        cluster.Start();
        NpgsqlConnection.ClearAllPools();
        Assert.True(await Eventually.UntilAsync(async () => (await http.GetAsync(new Uri(baseUrl + "/health"))).StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(90)),
            "/health should turn green again");
        await chair.WaitForSelectorAsync("[data-testid=database-unavailable]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Detached });
        await chair.WaitForSelectorAsync("[data-testid=schedule]");
        Assert.Equal(sessions, await CountAsync(database, "SELECT count(*) FROM \"CommitteeSessions\""));
        Assert.Equal(audited, await CountAsync(database, "SELECT count(*) FROM \"AuditEntries\" WHERE \"EntityType\" = 'CommitteeSession'"));

        // …and the work goes on: the same session is scheduled now, with its audit entry.
        await chair.ClickAsync("[data-testid=members-field] .mud-select");
        await chair.ClickAsync(".mud-popover-open .mud-list-item:has-text('محمد صميلي')");
        await chair.ClickAsync(".mud-popover-open .mud-list-item:has-text('أمل قاسم')");
        await chair.Keyboard.PressAsync("Escape");
        await chair.ClickAsync("[data-testid=schedule]");
        await chair.WaitForURLAsync(url => System.Text.RegularExpressions.Regex.IsMatch(url, "/committee/[0-9]+$"));
        Assert.Equal(sessions + 1, await CountAsync(database, "SELECT count(*) FROM \"CommitteeSessions\""));
        Assert.True(await CountAsync(database, "SELECT count(*) FROM \"AuditEntries\" WHERE \"EntityType\" = 'CommitteeSession'") > audited);
        await other.GotoAsync("/committee");
        Assert.DoesNotContain("تعذّر الوصول إلى قاعدة البيانات", await other.InnerTextAsync("body"), StringComparison.Ordinal);

        static void AnsweredAsPage(int? status) => Assert.True(status is 503 or 200, $"the new page answered {status}");
    }

    private static async Task<long> CountAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
