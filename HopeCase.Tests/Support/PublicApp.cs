using System.Net;
using System.Text.RegularExpressions;
using HopeCase.Core.Requests;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace HopeCase.Tests.Support;

/// <summary>
/// The real app in-process, where each test client can come from its own address: the in-memory test server has no
/// network, so a test-only start-up filter takes the address from a header before anything else runs.
/// </summary>
public sealed partial class PublicApp : HopeAppFactory
{
    private const string ClientHeader = "X-Test-Client-Address";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddSingleton<IStartupFilter, ClientAddressFilter>());
    }

    public HttpClient ClientFrom(string address)
    {
        var client = NewClient();
        client.DefaultRequestHeaders.Add(ClientHeader, address);
        return client;
    }

    public async Task<SupportTypeView> TypeAsync(string code) =>
        (await Services.GetRequiredService<RequestIntakeService>().CatalogueAsync()).Single(t => t.Code == code);

    public static async Task<string> TokenAsync(HttpClient client, string url)
    {
        ArgumentNullException.ThrowIfNull(client);
        var page = await client.GetStringAsync(new Uri(url, UriKind.Relative));
        return WebUtility.HtmlDecode(TokenPattern().Match(page).Groups[1].Value);
    }

    /// <summary>The fields a careful applicant fills in; tests change one to see it refused.</summary>
    public static Dictionary<string, string> ValidFields(string nationalId) => new()
    {
        ["Input.First"] = "سارة",
        ["Input.Father"] = "عبدالله",
        ["Input.Grandfather"] = "محمد",
        ["Input.Family"] = "المالكي",
        ["Input.NationalId"] = nationalId,
        ["Input.IdExpiry"] = "1452/01/01",
        ["Input.Gender"] = "Female",
        ["Input.BirthDate"] = "1415/03/10",
        ["Input.Mobile"] = "0551234567",
        ["Input.ConsentSms"] = "true",
        ["Input.Email"] = "",
        ["Input.Governorate"] = "صبيا",
        ["Input.Address"] = "حي الروضة",
        ["Input.MaritalStatus"] = "Unmarried",
        ["Input.HouseholdSize"] = "5",
        ["Input.Income"] = "Below3000",
        ["Input.Description"] = "أمر بضائقة نفسية منذ أشهر وأحتاج إلى من أتحدث معه",
        ["Input.Declaration"] = "true",
    };

    public sealed record Upload(string Field, string FileName, string ContentType, byte[] Content);

    /// <summary>Posts /apply?type= as a browser would: multipart, with the antiforgery token from the page unless told otherwise.</summary>
    public static async Task<HttpResponseMessage> PostApplyAsync(HttpClient client, int typeId, IDictionary<string, string> fields,
        IEnumerable<Upload> uploads, string? token = "")
    {
        ArgumentNullException.ThrowIfNull(client);
        var url = $"/apply?type={typeId}";
        token = token == "" ? await TokenAsync(client, url) : token;
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent("apply"), "_handler");
        if (token is not null)
        {
            form.Add(new StringContent(token), "__RequestVerificationToken");
        }
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }
        foreach (var u in uploads)
        {
            var file = new ByteArrayContent(u.Content);
            file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(u.ContentType);
            form.Add(file, u.Field, u.FileName);
        }
        return await client.PostAsync(new Uri(url, UriKind.Relative), form);
    }

    public static async Task<HttpResponseMessage> PostTrackAsync(HttpClient client, string reference, string last4)
    {
        ArgumentNullException.ThrowIfNull(client);
        var token = await TokenAsync(client, "/track");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "track",
            ["__RequestVerificationToken"] = token,
            ["Input.Reference"] = reference,
            ["Input.Last4"] = last4,
        });
        return await client.PostAsync(new Uri("/track", UriKind.Relative), form);
    }

    public static byte[] Jpeg() => [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 1, 2, 3];

    public static byte[] Pdf() => "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n"u8.ToArray();

    private sealed class ClientAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (http, go) =>
            {
                if (http.Request.Headers.TryGetValue(ClientHeader, out var address))
                {
                    http.Connection.RemoteIpAddress = IPAddress.Parse(address.ToString());
                }
                await go(http);
            });
            next(app);
        };
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

public sealed class PublicAppFixture : IDisposable
{
    public PublicApp App { get; } = new();

    public void Dispose() => App.Dispose();
}
