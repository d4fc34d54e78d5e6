using HopeCase.Core.Staff;
using HopeCase.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace HopeCase.Tests.Browser.Account;

[Collection(BrowserCollection.Name)]
public sealed class TwoFactorTests(BrowserFixture fx)
{
    private const string Password = "a manager's long pass phrase";

    [Fact]
    public async Task A_new_manager_enrols_then_signs_in_with_codes_and_a_recovery_code_works_once()
    {
        const string email = "enrol.manager@hope.demo";
        await CreateManagerAsync(email);
        var page = await fx.NewPageAsync();
        var refused = new List<string>();
        page.Console += (_, m) => { if (m.Text.Contains("Content Security Policy", StringComparison.Ordinal)) { refused.Add(m.Text); } };

        // Password accepted: the gate sends a manager without a second factor to enrolment, and keeps it there.
        await SignInPasswordAsync(page, email);
        await page.WaitForURLAsync(u => u.Contains("/account/two-factor/enrol", StringComparison.Ordinal));
        await page.WaitForSelectorAsync("[data-testid=enrol-required]");
        await BrowserFixture.ScreenshotAsync(page, "two-factor-enrol-ar");
        await page.GotoAsync("/dashboard");
        Assert.Contains("/account/two-factor/enrol", page.Url, StringComparison.Ordinal);

        await page.ClickAsync("[data-testid=culture-switch]");
        await page.WaitForSelectorAsync("html[dir=ltr]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        await BrowserFixture.ScreenshotAsync(page, "two-factor-enrol-en");
        var key = (await page.InnerTextAsync("[data-testid=enrol-key]")).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

        await page.FillAsync("#code", Wrong(Totp.Code(key)));
        await page.ClickAsync("button[type=submit].primary");
        await page.WaitForSelectorAsync("[data-testid=enrol-error]");

        // Each code works once per account: the helper hands out a step this app has not seen for it.
        var account = new Uri(page.Url).Authority + " " + email;
        var enrolCode = await Totp.FreshCodeAsync(key, account);
        await page.FillAsync("#code", enrolCode);
        await page.ClickAsync("button[type=submit].primary");
        await page.WaitForSelectorAsync("[data-testid=enrolled]");
        var codes = await page.Locator("[data-testid=recovery-codes] li").AllInnerTextsAsync();
        Assert.Equal(10, codes.Count);
        Assert.Equal(10, codes.Distinct().Count());
        await BrowserFixture.ScreenshotAsync(page, "two-factor-recovery-codes-en");
        await page.ClickAsync("[data-testid=enrol-continue]");
        await BrowserFixture.WaitInteractiveAsync(page);
        await page.GotoAsync("/dashboard");
        await BrowserFixture.WaitInteractiveAsync(page);
        Assert.EndsWith("/dashboard", page.Url, StringComparison.Ordinal);
        await SignOutAsync(page);

        // Next sign-in asks for the code: a wrong one is refused, the right one lets in.
        await SignInPasswordAsync(page, email);
        await page.WaitForURLAsync(u => u.Contains("/account/login-2fa", StringComparison.Ordinal));
        await page.FillAsync("#code", Wrong(Totp.Code(key)));
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync("[data-testid=login-error]");
        Assert.Contains("/account/login-2fa", page.Url, StringComparison.Ordinal);
        var wrongText = await page.InnerTextAsync("[data-testid=login-error]");
        // The code that confirmed enrolment was used: the same code again is refused with the same message.
        await page.FillAsync("#code", enrolCode);
        await page.RunAndWaitForResponseAsync(() => page.ClickAsync("button[type=submit]"), r => r.Request.Method == "POST");
        await page.WaitForSelectorAsync("[data-testid=login-error]");
        Assert.Equal(wrongText, await page.InnerTextAsync("[data-testid=login-error]"));
        Assert.Contains("/account/login-2fa", page.Url, StringComparison.Ordinal);
        await page.FillAsync("#code", await Totp.FreshCodeAsync(key, account));
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(u => !u.Contains("/account/", StringComparison.Ordinal));
        await BrowserFixture.WaitInteractiveAsync(page);
        await SignOutAsync(page);

        // A recovery code works once; the second time it is refused.
        await SignInWithRecoveryAsync(page, email, codes[0]);
        await page.WaitForURLAsync(u => !u.Contains("/account/", StringComparison.Ordinal));
        await BrowserFixture.WaitInteractiveAsync(page);
        await SignOutAsync(page);
        await SignInWithRecoveryAsync(page, email, codes[0]);
        await page.WaitForSelectorAsync("[data-testid=login-error]");
        Assert.Contains("/account/login-2fa", page.Url, StringComparison.Ordinal);

        Assert.Empty(refused);
        await page.Context.CloseAsync();
    }

    private static string Wrong(string code) => ((int.Parse(code, System.Globalization.CultureInfo.InvariantCulture) + 1) % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task SignInPasswordAsync(IPage page, string email)
    {
        await page.GotoAsync("/account/login");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(u => !u.EndsWith("/account/login", StringComparison.Ordinal));
    }

    private static async Task SignInWithRecoveryAsync(IPage page, string email, string code)
    {
        await SignInPasswordAsync(page, email);
        await page.WaitForURLAsync(u => u.Contains("/account/login-2fa", StringComparison.Ordinal));
        await page.ClickAsync("[href*='recovery=1']");
        await page.WaitForURLAsync(u => u.Contains("recovery=1", StringComparison.Ordinal));
        await page.FillAsync("#code", code);
        await page.ClickAsync("button[type=submit]");
    }

    private static async Task SignOutAsync(IPage page)
    {
        await page.ClickAsync("[data-testid=logout]");
        await page.WaitForURLAsync(u => u.Contains("/account/login", StringComparison.Ordinal));
    }

    private async Task CreateManagerAsync(string email)
    {
        await using var scope = fx.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = new StaffUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "مدير للتجربة", CreatedAt = DateTimeOffset.UtcNow };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        await users.AddToRoleAsync(user, Roles.Manager);
    }
}
