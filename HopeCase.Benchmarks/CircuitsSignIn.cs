using System.Net;
using System.Text.RegularExpressions;

namespace HopeCase.Benchmarks;

/// <summary>
/// An officer's sign-in over plain HTTP, as the login form posts it (antiforgery token, password, the app's own
/// sign-in flow and audit row): returns the sign-in cookie, for the browser to carry into its page. It spares
/// Chromium a rendered login page per officer; the circuit the page then opens is the same as after a form login.
/// </summary>
internal static partial class CircuitsSignIn
{
    public const string CookieName = "hopecase.auth";

    public static async Task<string> CookieAsync(string baseUrl, string email, string password)
    {
        var jar = new CookieContainer();
        using var handler = new HttpClientHandler { CookieContainer = jar, AllowAutoRedirect = false };
        using var http = new HttpClient(handler) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromMinutes(2) };
        var form = await http.GetStringAsync("/account/login");
        var token = Token().Match(form);
        if (!token.Success)
        {
            throw new InvalidOperationException("the login page has no antiforgery token");
        }
        using var post = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login", ["__RequestVerificationToken"] = token.Groups[1].Value, ["Input.Email"] = email, ["Input.Password"] = password,
        });
        using var answer = await http.PostAsync("/account/login", post);
        return jar.GetCookies(new Uri(baseUrl))[CookieName]?.Value
               ?? throw new InvalidOperationException($"{email} was not signed in (HTTP {(int)answer.StatusCode})");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
