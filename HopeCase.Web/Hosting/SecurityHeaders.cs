using System.Security.Cryptography;

namespace HopeCase.Web.Hosting;

/// <summary>
/// The headers every response carries: a content security policy that Blazor Server and MudBlazor run under
/// without <c>unsafe-eval</c> (scripts only from the app, plus the import map by a per-request nonce; MudBlazor's
/// inline styles need <c>style-src 'unsafe-inline'</c>), no framing, no MIME sniffing, no referrer.
/// </summary>
internal static class SecurityHeaders
{
    private const string NonceKey = "hopecase.csp-nonce";

    /// <summary>This request's script nonce, for the one inline script the framework writes (the import map).</summary>
    public static string Nonce(HttpContext http) => http?.Items[NonceKey] as string ?? "";

    public static string Policy(string nonce) => string.Join("; ",
        "default-src 'self'",
        $"script-src 'self' 'nonce-{nonce}'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "frame-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'");

    public static void UseSecurityHeaders(this WebApplication app) => app.Use(async (http, next) =>
    {
        // base64url (allowed by the CSP nonce grammar): "+" and "/" would be written as character references in HTML.
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_');
        http.Items[NonceKey] = nonce;
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.ContentSecurityPolicy = Policy(nonce);
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            return Task.CompletedTask;
        });
        await next(http);
    });
}
