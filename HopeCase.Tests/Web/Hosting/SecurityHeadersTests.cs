using System.Globalization;
using System.Net;
using System.Text.Json;
using HopeCase.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HopeCase.Tests.Web.Hosting;

public sealed class SecurityHeadersTests(SharedApp app) : IClassFixture<SharedApp>
{
    [Fact]
    public async Task A_staff_page_carries_the_policy_and_headers()
    {
        var client = await app.Factory.SignedInClientAsync("relations@hope.demo");
        AssertHeaders(await client.GetAsync(new Uri("/", UriKind.Relative)), "text/html");
    }

    [Fact]
    public async Task A_public_page_and_the_sign_in_page_carry_them_too()
    {
        var client = app.Factory.NewClient();
        AssertHeaders(await client.GetAsync(new Uri("/track", UriKind.Relative)), "text/html");
        AssertHeaders(await client.GetAsync(new Uri("/account/login", UriKind.Relative)), "text/html");
    }

    [Fact]
    public async Task A_file_download_carries_them_too()
    {
        var client = await app.Factory.SignedInClientAsync("manager@hope.demo");
        AssertHeaders(await client.GetAsync(new Uri("/dashboard/export/xlsx?from=2026-01-01&to=2026-01-31", UriKind.Relative)), "spreadsheetml");
    }

    [Theory]
    [InlineData("manager@hope.demo", "/dashboard/export/xlsx?from=2026-01-01&to=2026-01-31", "spreadsheetml")]
    [InlineData("manager@hope.demo", "/dashboard/export/pdf?from=2026-01-01&to=2026-01-31", "application/pdf")]
    [InlineData("relations@hope.demo", "/export/beneficiaries.xlsx", "spreadsheetml")]
    [InlineData("relations@hope.demo", "/export/beneficiaries.csv", "text/csv")]
    [InlineData("relations@hope.demo", "/export/requests/submitted.csv", "text/csv")]
    [InlineData("relations@hope.demo", "/export/beneficiaries/{beneficiary}/file.pdf", "application/pdf")]
    public async Task A_download_with_personal_data_is_not_stored_by_the_browser_or_a_proxy(string email, string url, string contentType)
    {
        if (url.Contains("{beneficiary}", StringComparison.Ordinal))
        {
            await using var db = await app.Factory.Services.GetRequiredService<IDbContextFactory<HopeDb>>().CreateDbContextAsync();
            url = url.Replace("{beneficiary}", (await db.Beneficiaries.OrderBy(b => b.Id).Select(b => b.Id).FirstAsync()).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }
        var client = await app.Factory.SignedInClientAsync(email);
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        AssertHeaders(response, contentType);
        Assert.True(response.Headers.CacheControl?.NoStore, $"{url}: Cache-Control {response.Headers.CacheControl}");
    }

    [Fact]
    public async Task Inline_scripts_carry_the_nonce_of_their_own_response()
    {
        var response = await app.Factory.NewClient().GetAsync(new Uri("/account/login", UriKind.Relative));
        var csp = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        var nonce = System.Text.RegularExpressions.Regex.Match(csp, "'nonce-([^']+)'").Groups[1].Value;
        Assert.NotEmpty(nonce);
        // Every inline script (the framework's import map) carries this response's nonce; the others load from the app.
        var scripts = System.Text.RegularExpressions.Regex.Matches(await response.Content.ReadAsStringAsync(), "<script[^>]*>").Select(m => m.Value).ToList();
        Assert.Contains(scripts, t => t.Contains("blazor.web.js", StringComparison.Ordinal));
        Assert.All(scripts.Where(t => !t.Contains("src=", StringComparison.Ordinal)), t => Assert.Contains($"nonce=\"{nonce}\"", WebUtility.HtmlDecode(t), StringComparison.Ordinal));
        var again = string.Join(" ", (await app.Factory.NewClient().GetAsync(new Uri("/account/login", UriKind.Relative))).Headers.GetValues("Content-Security-Policy"));
        Assert.DoesNotContain(nonce, again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_health_says_only_healthy_or_not()
    {
        var response = await app.Factory.NewClient().GetAsync(new Uri("/health", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        var json = JsonDocument.Parse(body).RootElement;
        Assert.Single(json.EnumerateObject());
        Assert.True(json.GetProperty("status").GetString() is "Healthy" or "Unhealthy" or "Degraded");
        Assert.DoesNotContain("chromium", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("database", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Detailed_health_is_not_for_a_manager()
    {
        var client = await app.Factory.SignedInClientAsync("manager@hope.demo");
        var body = await client.GetStringAsync(new Uri("/health", UriKind.Relative));
        Assert.DoesNotContain("checks", body, StringComparison.Ordinal);
    }

    private static void AssertHeaders(HttpResponseMessage response, string contentType)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(contentType, response.Content.Headers.ContentType?.ToString() ?? "", StringComparison.Ordinal);
        var csp = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src 'self' 'unsafe-inline'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", string.Join(",", response.Headers.GetValues("Referrer-Policy")));
    }
}
