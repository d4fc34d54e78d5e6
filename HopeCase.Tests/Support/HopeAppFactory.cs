using System.Net;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace HopeCase.Tests.Support;

/// <summary>The real app in-process: its own data folder, real SQLite files, real Hangfire, demo staff seeded.</summary>
public partial class HopeAppFactory : WebApplicationFactory<Program>
{
    private readonly TempFolder _folder = new("app");

    public Dictionary<string, string?> Settings { get; } = new(StringComparer.Ordinal);

    public string DataFolder => _folder.Path;

    /// <summary>Serve on a real loopback port (for the browser tests).</summary>
    public HopeAppFactory WithKestrel()
    {
        UseKestrel(0);
        return this;
    }

    public string ServerAddress
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
            return addresses.First().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Data:Folder", _folder.Path);
        builder.UseSetting("urls", "http://127.0.0.1:0");
        // The feedback demo (requests, answers, complaints) would change the counts other tests assert.
        builder.UseSetting("Demo:FeedbackSeed", "false");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public HttpClient NewClient()
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        Owners.AddOrUpdate(client, _folder.Path);
        return client;
    }

    // Which app a client talks to (its data folder), so each app's one-use authenticator codes are counted apart.
    private static readonly ConditionalWeakTable<HttpClient, string> Owners = new();

    /// <summary>
    /// Posts the sign-in form as a browser would (with its antiforgery token) and returns the response. When the
    /// app asks for the second factor, answers with a code computed from <paramref name="authenticatorKey"/> (the
    /// demo key unless told) and returns that step's response; pass null to stop at the question.
    /// </summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password, string? authenticatorKey = Totp.DemoKey)
    {
        ArgumentNullException.ThrowIfNull(client);
        var response = await PostFormAsync(client, "/account/login", "login", new() { ["Input.Email"] = email, ["Input.Password"] = password });
        var next = PathOf(response);
        if (authenticatorKey is null || !next.StartsWith("/account/login-2fa", StringComparison.Ordinal))
        {
            return response;
        }
        var app = Owners.TryGetValue(client, out var folder) ? folder : "any app";
        var code = await Totp.FreshCodeAsync(authenticatorKey, app + " " + email);
        return await PostFormAsync(client, next, "second-factor", new() { ["Input.Code"] = code });
    }

    /// <summary>Where a redirect points, as a path and query.</summary>
    public static string PathOf(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Headers.Location is { } l ? (l.IsAbsoluteUri ? l.PathAndQuery : l.OriginalString) : "";
    }

    /// <summary>GETs a page with a form, then posts the form with the page's antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, string handler, Dictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(fields);
        var page = await client.GetStringAsync(new Uri(path, UriKind.Relative));
        fields["_handler"] = handler;
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(TokenPattern().Match(page).Groups[1].Value);
        using var form = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(path, UriKind.Relative), form);
    }

    public async Task<HttpClient> SignedInClientAsync(string email, string password = DemoPassword)
    {
        var client = NewClient();
        var response = await SignInAsync(client, email, password);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in of {email} failed: {(int)response.StatusCode}");
        }
        return client;
    }

    public const string DemoPassword = "amal-demo-2026";

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _folder.Dispose();
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
