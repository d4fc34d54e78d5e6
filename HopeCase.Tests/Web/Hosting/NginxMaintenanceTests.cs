using System.Net;
using HopeCase.Tests.Browser;
using HopeCase.Tests.Support;
using Microsoft.Playwright;

namespace HopeCase.Tests.Web.Hosting;

/// <summary>
/// Issue 11, items 6 and 11, through Debian's nginx with the deploy/ site: while PostgreSQL is away the node's own
/// 503 page («تعذّر الوصول إلى قاعدة البيانات») passes through nginx unchanged; when no node answers, nginx itself
/// answers 503 with deploy/nginx/maintenance.html, in Arabic and English.
/// </summary>
public sealed class NginxMaintenanceTests
{
    [Fact]
    public async Task Nginx_passes_on_the_nodes_database_page_and_serves_its_maintenance_page_when_no_node_answers()
    {
        var cluster = PgCluster.StartDedicated();
        var database = cluster.NewDatabase("maint");
        using var folder = new TempFolder("nginx-maint");
        await using var node = AppProcess.Start(folder.File("data"), "Development", "--Data:Provider=Postgres", $"--Data:ConnectionString={database}",
            "--Demo:FeedbackSeed=false", "--Proxy:KnownProxies:0=127.0.0.1");
        Assert.Equal(HttpStatusCode.OK, await node.WaitForHealthyAsync(TimeSpan.FromSeconds(180)));
        using var nginx = await NginxSite.StartAsync(node.Port);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = BrowserFixture.ChromiumArgs });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = nginx.BaseUri.ToString().TrimEnd('/'), IgnoreHTTPSErrors = true, ViewportSize = new ViewportSize { Width = 1366, Height = 860 },
        });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "committee@hope.demo");

        // PostgreSQL away: the node answers its own page, and nginx does not put its maintenance page in its place.
        cluster.Stop();
        try
        {
            var response = await page.GotoAsync("/committee");
            await page.WaitForSelectorAsync("[data-testid=database-unavailable]", new PageWaitForSelectorOptions { Timeout = 60_000 });
            Assert.Contains("تعذّر الوصول إلى قاعدة البيانات", await page.InnerTextAsync("[data-testid=database-unavailable]"), StringComparison.Ordinal);
            Assert.Equal(0, await page.Locator("[data-testid=maintenance]").CountAsync());
            Assert.True(response?.Status is 503 or 200, $"the page answered {response?.Status}");
            await BrowserFixture.ScreenshotAsync(page, "nginx-1-database-away-node-page-ar");
        }
        finally
        {
            cluster.Start();
        }

        // No node at all: 503 from nginx with the maintenance page in both languages, and a hint when to come back.
        await node.DisposeAsync();
        using var http = nginx.Client();
        using var direct = await http.GetAsync(new Uri("/committee", UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, direct.StatusCode);
        Assert.Equal("30", direct.Headers.GetValues("Retry-After").Single());
        Assert.StartsWith("text/html", direct.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        var html = await direct.Content.ReadAsStringAsync();
        Assert.Contains("النظام متوقف مؤقتًا للصيانة", html, StringComparison.Ordinal);
        Assert.Contains("HopeCase is down for maintenance", html, StringComparison.Ordinal);

        var shown = await page.GotoAsync("/committee");
        Assert.Equal(503, shown?.Status);
        Assert.Contains("النظام متوقف مؤقتًا للصيانة", await page.InnerTextAsync("[data-testid=maintenance-ar]"), StringComparison.Ordinal);
        Assert.Contains("down for maintenance", await page.InnerTextAsync("[data-testid=maintenance-en]"), StringComparison.Ordinal);
        Assert.Equal("rtl", await page.GetAttributeAsync("[data-testid=maintenance-ar]", "dir"));
        await BrowserFixture.ScreenshotAsync(page, "nginx-2-maintenance-page-ar-en");
    }
}
