using System.Net;
using HopeCase.Tests.Support;

namespace HopeCase.Tests.Web.Account;

/// <summary>An authenticator code lets in once: the same code again is refused like any wrong code; a later step works.</summary>
public sealed class OneTimeCodeTests
{
    private const string Email = "manager@hope.demo";

    [Fact]
    public async Task The_same_authenticator_code_signs_in_once_and_the_next_step_works()
    {
        using var factory = new HopeAppFactory();
        var code = await Totp.FreshCodeAsync(Totp.DemoKey, factory.DataFolder + " " + Email);

        var first = await SecondFactorAsync(factory, code);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.DoesNotContain("/account/login", HopeAppFactory.PathOf(first), StringComparison.Ordinal);

        // The very same code, from another browser, inside its 30 seconds: refused with the one failure message.
        var again = await SecondFactorAsync(factory, code);
        var wrong = await SecondFactorAsync(factory, Wrong(code));
        Assert.Equal(wrong.StatusCode, again.StatusCode);
        var againPage = await again.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"login-error\"", againPage, StringComparison.Ordinal);
        Assert.Equal(ErrorText(await wrong.Content.ReadAsStringAsync()), ErrorText(againPage));

        var next = await SecondFactorAsync(factory, await Totp.FreshCodeAsync(Totp.DemoKey, factory.DataFolder + " " + Email));
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.DoesNotContain("/account/login", HopeAppFactory.PathOf(next), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> SecondFactorAsync(HopeAppFactory factory, string code)
    {
        var client = factory.NewClient();
        var password = await HopeAppFactory.SignInAsync(client, Email, HopeAppFactory.DemoPassword, authenticatorKey: null);
        var next = HopeAppFactory.PathOf(password);
        Assert.StartsWith("/account/login-2fa", next, StringComparison.Ordinal);
        return await HopeAppFactory.PostFormAsync(client, next, "second-factor", new() { ["Input.Code"] = code });
    }

    private static string ErrorText(string page)
    {
        var start = page.IndexOf("data-testid=\"login-error\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "no sign-in error on the page");
        var open = page.IndexOf('>', start) + 1;
        return page[open..page.IndexOf('<', open)];
    }

    private static string Wrong(string code) =>
        ((int.Parse(code, System.Globalization.CultureInfo.InvariantCulture) + 1) % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
}
