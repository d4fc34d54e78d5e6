using System.Net;
using System.Text.Json;
using HopeCase.Tests.Support;

namespace HopeCase.Tests.Web.Hosting;

public sealed class StartupTests(SharedApp app) : IClassFixture<SharedApp>
{
    [Fact]
    public async Task Health_reports_database_jobs_and_pdf_engine_to_an_administrator()
    {
        var client = await app.Factory.SignedInClientAsync("admin@hope.demo");
        JsonElement body = default;
        HttpStatusCode status = default;
        // The job server reports its first heartbeat a moment after start-up.
        await Eventually.UntilAsync(async () =>
        {
            var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
            status = response.StatusCode;
            body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            return status == HttpStatusCode.OK;
        }, TimeSpan.FromSeconds(10));
        Assert.Equal(HttpStatusCode.OK, status);
        var checks = body.GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("jobs").GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("pdf").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Health_is_red_when_chromium_is_missing()
    {
        using var factory = new HopeAppFactory();
        factory.Settings["Pdf:ChromiumPath"] = "/nonexistent/chromium";
        var response = await (await factory.SignedInClientAsync("admin@hope.demo")).GetAsync(new Uri("/health", UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var pdf = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("checks").GetProperty("pdf");
        Assert.Equal("Unhealthy", pdf.GetProperty("status").GetString());
        Assert.Contains("chromium", pdf.GetProperty("description").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Arabic_is_the_default_and_the_english_choice_persists()
    {
        var client = app.Factory.NewClient();
        var arabic = await client.GetStringAsync(new Uri("/account/login", UriKind.Relative));
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", arabic, StringComparison.Ordinal);
        Assert.Contains("تسجيل الدخول", System.Net.WebUtility.HtmlDecode(arabic), StringComparison.Ordinal);

        var switched = await client.GetAsync(new Uri("/culture/en?returnUrl=/account/login", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.EndsWith("/account/login", switched.Headers.Location?.ToString(), StringComparison.Ordinal);

        var english = await client.GetStringAsync(new Uri("/account/login", UriKind.Relative));
        Assert.Contains("<html lang=\"en\" dir=\"ltr\">", english, StringComparison.Ordinal);
        Assert.Contains("Sign in", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_send_arabic_as_characters_not_references()
    {
        var html = await app.Factory.NewClient().GetStringAsync(new Uri("/account/login", UriKind.Relative));
        Assert.Contains("تسجيل الدخول", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x6", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("&#x", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_culture_switch_never_redirects_off_site()
    {
        var response = await app.Factory.NewClient().GetAsync(new Uri("/culture/en?returnUrl=//evil.example/x", UriKind.Relative));
        Assert.Equal("/", response.Headers.Location is { IsAbsoluteUri: true } l ? l.PathAndQuery : response.Headers.Location?.OriginalString);
    }
}

/// <summary>One app shared by a test class (start-up costs a second or two).</summary>
public sealed class SharedApp : IDisposable
{
    public HopeAppFactory Factory { get; } = new();

    public void Dispose() => Factory.Dispose();
}
