using HopeCase.Tests.Support;
using Microsoft.Playwright;

namespace HopeCase.Tests.Browser;

/// <summary>One app on a loopback port and one headless Debian Chromium, shared by the browser tests.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage",
    ];

    private IPlaywright? _playwright;

    public HopeAppFactory App { get; } = new();

    public IBrowser Browser { get; private set; } = default!;

    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        // Short revalidation so the "disabled user is signed out" test waits seconds, not a minute.
        App.Settings["Auth:RevalidationSeconds"] = "2";
        // Every browser test signs in from 127.0.0.1 against the same few demo accounts, so the whole suite is one
        // client: the burst throttle (tested with its defaults in SignInFailureTests) would otherwise refuse later tests.
        App.Settings["Auth:SignInBurstPerClient"] = "1000";
        App.Settings["Auth:SignInBurstPerAccount"] = "1000";
        App.WithKestrel();
        BaseUrl = App.ServerAddress;
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public async Task<IPage> NewPageAsync(int width = 1366, int height = 860)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        context.SetDefaultTimeout(20_000);
        return await context.NewPageAsync();
    }

    /// <summary>Signs in through the page; when asked for the second factor, types a code computed from the demo key.</summary>
    public static async Task SignInAsync(IPage page, string email, string password = HopeAppFactory.DemoPassword)
    {
        await page.GotoAsync("/account/login");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/account/login?", StringComparison.Ordinal) && !url.EndsWith("/account/login", StringComparison.Ordinal));
        if (page.Url.Contains("/account/login-2fa", StringComparison.Ordinal))
        {
            await page.FillAsync("#code", await Totp.FreshCodeAsync(Totp.DemoKey, new Uri(page.Url).Authority + " " + email));
            await page.ClickAsync("button[type=submit]");
            await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        }
        // Wait for the interactive circuit so clicks reach the server.
        await WaitInteractiveAsync(page);
    }

    /// <summary>
    /// Polls a script until it is true. Playwright's own WaitForFunction compiles the script inside the page, which
    /// the app's content security policy (no 'unsafe-eval') rightly refuses; evaluating it from outside is allowed.
    /// </summary>
    public static async Task WaitForAsync(IPage page, string script, object? arg = null, int timeoutMs = 20_000)
    {
        ArgumentNullException.ThrowIfNull(page);
        var until = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (true)
        {
            try
            {
                if (await page.EvaluateAsync<bool>(script, arg))
                {
                    return;
                }
            }
            catch (PlaywrightException) when (DateTime.UtcNow < until)
            {
                // the page is navigating or the element is not there yet
            }
            if (DateTime.UtcNow >= until)
            {
                throw new TimeoutException($"Still false after {timeoutMs} ms: {script}");
            }
            await Task.Delay(100);
        }
    }

    /// <summary>
    /// Opens a MudSelect and picks the option showing these words, then waits until the select shows it. On two busy
    /// cores a click can reach the list before its handlers are live and the choice is not taken: it is chosen again.
    /// </summary>
    public static async Task ChooseAsync(IPage page, string select, string option)
    {
        ArgumentNullException.ThrowIfNull(page);
        var field = page.Locator(select).First;
        for (var attempt = 1; ; attempt++)
        {
            await field.ClickAsync();
            await page.ClickAsync($".mud-popover-open .mud-list-item:has-text('{option}')");
            var until = DateTime.UtcNow.AddSeconds(5);
            while (DateTime.UtcNow < until)
            {
                if ((await field.InnerTextAsync()).Contains(option, StringComparison.Ordinal))
                {
                    return;
                }
                await Task.Delay(100);
            }
            if (attempt == 3)
            {
                throw new TimeoutException($"The select {select} does not show \"{option}\" after three choices: {await field.InnerTextAsync()}");
            }
            await page.Keyboard.PressAsync("Escape");
        }
    }

    public static Task WaitInteractiveAsync(IPage page) =>
        page.WaitForSelectorAsync("[data-interactive=true]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });

    /// <summary>
    /// A full-page shot. The app bar and the drawer are fixed to the viewport, so a shot of a scrolled page drew them
    /// wherever the viewport was (mid-page); for the shot only they are pinned to the top of the document, then restored.
    /// </summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.EvaluateAsync(ShotStyle);
        try
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts.Folder("screenshots"), name + ".png"), FullPage = true });
        }
        finally
        {
            await page.EvaluateAsync("() => document.getElementById('hope-shot-style')?.remove()");
        }
    }

    // A full-page shot: the app bar and the drawer scroll with the page instead of repeating, and the drawer grows to
    // all its items (the page's own drawer is the window's height and scrolls), so a short page does not cut it off.
    private const string ShotStyle = "() => { const s = document.createElement('style'); s.id = 'hope-shot-style'; "
        + "s.textContent = '.mud-appbar { position: absolute !important; top: 0 !important; } .mud-drawer { position: absolute !important; height: auto !important; "
        + "min-height: max(calc(100% - var(--mud-appbar-height)), calc(100vh - var(--mud-appbar-height))); overflow: visible !important; }'; "
        + "document.head.appendChild(s); }";

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
