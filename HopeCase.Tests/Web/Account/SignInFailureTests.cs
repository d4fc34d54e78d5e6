using System.Net;
using System.Text.RegularExpressions;
using HopeCase.Core.Staff;
using HopeCase.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace HopeCase.Tests.Web.Account;

public sealed partial class SignInFailureTests
{
    [Fact]
    public async Task Unknown_wrong_password_disabled_and_locked_get_the_same_answer()
    {
        using var factory = new HopeAppFactory();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var disabled = await users.FindByEmailAsync("research@hope.demo");
            disabled!.IsActive = false;
            await users.UpdateAsync(disabled);
            var locked = await users.FindByEmailAsync("committee@hope.demo");
            await users.SetLockoutEndDateAsync(locked!, DateTimeOffset.UtcNow.AddMinutes(10));
        }
        var attempts = new (string Email, string Password)[]
        {
            ("nobody@hope.demo", HopeAppFactory.DemoPassword),           // unknown
            ("relations@hope.demo", "not the password at all"),          // wrong password
            ("research@hope.demo", HopeAppFactory.DemoPassword),         // disabled, right password
            ("committee@hope.demo", HopeAppFactory.DemoPassword),        // locked, right password
        };
        var answers = new List<(HttpStatusCode Status, string Message, bool HasCookie)>();
        foreach (var (email, password) in attempts)
        {
            var client = factory.NewClient();
            var response = await HopeAppFactory.SignInAsync(client, email, password);
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            var message = ErrorPattern().Match(html).Groups[1].Value;
            var cookie = response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("hopecase.auth", StringComparison.Ordinal));
            answers.Add((response.StatusCode, message, cookie));
            Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
        }
        Assert.All(answers, a => Assert.Equal(answers[0], a));
        Assert.Equal(HttpStatusCode.OK, answers[0].Status);
        Assert.False(answers[0].HasCookie);
        Assert.Contains("تعذّر تسجيل الدخول", answers[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_burst_from_one_client_is_refused_even_with_the_right_password_then_with_the_same_words()
    {
        using var factory = new HopeAppFactory();
        factory.Settings["Auth:SignInBurstPerClient"] = "5";
        var client = factory.NewClient();
        string? first = null;
        for (var i = 0; i < 5; i++)
        {
            var miss = await HopeAppFactory.SignInAsync(client, $"guess{i}@hope.demo", "a guessed password here");
            first ??= ErrorPattern().Match(WebUtility.HtmlDecode(await miss.Content.ReadAsStringAsync())).Groups[1].Value;
        }
        var right = await HopeAppFactory.SignInAsync(factory.NewClient(), "relations@hope.demo", HopeAppFactory.DemoPassword);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal(first, ErrorPattern().Match(WebUtility.HtmlDecode(await right.Content.ReadAsStringAsync())).Groups[1].Value);
    }

    [Fact]
    public void The_throttle_counts_per_client_and_per_account()
    {
        using var throttle = new HopeCase.Web.Account.SignInThrottle(new HopeCase.Web.Account.AuthOptions { SignInBurstPerClient = 4, SignInBurstPerAccount = 2 });
        Assert.True(throttle.TryAcquire("10.0.0.1", "a@x"));
        Assert.True(throttle.TryAcquire("10.0.0.2", "A@X"));
        Assert.False(throttle.TryAcquire("10.0.0.3", "a@x"));   // the account's burst is spent, from any address
        Assert.True(throttle.TryAcquire("10.0.0.1", "b@x"));
        Assert.True(throttle.TryAcquire("10.0.0.1", "c@x"));
        Assert.True(throttle.TryAcquire("10.0.0.1", "d@x"));
        Assert.False(throttle.TryAcquire("10.0.0.1", "e@x"));   // the first address has used its four
        Assert.True(throttle.TryAcquire("10.0.0.4", "e@x"));
    }

    [GeneratedRegex("data-testid=\"login-error\">([^<]*)<")]
    private static partial Regex ErrorPattern();
}
