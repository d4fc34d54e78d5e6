using Microsoft.Playwright;

namespace HopeCase.Benchmarks;

/// <summary>
/// Real Chromium for the circuits benchmark: one browser, one context (its own cookies) per officer, signed in through
/// the login form and left on the search page with its circuit connected; and a search typed and submitted as an
/// officer does, timed inside the page from the Enter key to the first matching row in the DOM.
/// </summary>
internal sealed class CircuitsBrowser : IAsyncDisposable
{
    // As HopeCase.Tests/Browser/BrowserFixture.cs launches it.
    private static readonly string[] Args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage",
    ];

    /// <summary>
    /// Runs in the page (evaluated from outside, so the app's CSP without 'unsafe-eval' allows it): on the next Enter in
    /// the search box it starts a clock and resolves with the milliseconds until the first row of the results table
    /// holds the expected text. Kept as window.__circuitsBench for the collecting call.
    /// </summary>
    private const string Arm = """
        (expect) => {
          const box = document.querySelector('[data-testid=search-box]');
          window.__circuitsBench = new Promise((resolve) => {
            const shown = () => { const row = document.querySelector('[data-testid=hits] tbody tr'); return row !== null && row.textContent.includes(expect); };
            const watch = new MutationObserver(() => { if (shown()) { watch.disconnect(); resolve(performance.now() - start); } });
            let start = 0;
            box.addEventListener('keydown', (e) => {
              if (e.key !== 'Enter' || start > 0) return;
              start = performance.now();
              watch.observe(document.body, { childList: true, subtree: true, characterData: true });
            }, { capture: true });
          });
        }
        """;

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly string _baseUrl;

    private CircuitsBrowser(IPlaywright playwright, IBrowser browser, string baseUrl) => (_playwright, _browser, _baseUrl) = (playwright, browser, baseUrl);

    public static async Task<CircuitsBrowser> LaunchAsync(string baseUrl)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = Args });
        return new CircuitsBrowser(playwright, browser, baseUrl);
    }

    /// <summary>A new context signed in as the officer, on /beneficiaries, once its circuit is interactive.</summary>
    public async Task<IPage> SignInAsync(string email, string password)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _baseUrl, ViewportSize = new ViewportSize { Width = 1366, Height = 860 } });
        context.SetDefaultTimeout(120_000);
        var page = await context.NewPageAsync();
        // Straight to the search page after the password, so no other page's circuit is left behind (disconnected
        // circuits are kept for minutes and would be counted).
        await page.GotoAsync("/account/login?ReturnUrl=%2Fbeneficiaries");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => url.EndsWith("/beneficiaries", StringComparison.Ordinal));
        await page.WaitForSelectorAsync("[data-interactive=true]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        return page;
    }

    /// <summary>True while the page's circuit is connected (the layout's interactive marker, no reconnect dialog).</summary>
    public static async Task<bool> ConnectedAsync(IPage page) =>
        await page.EvaluateAsync<bool>("() => document.querySelector('[data-interactive=true]') !== null && !document.querySelector('#components-reconnect-modal[open], .components-reconnect-show')");

    /// <summary>Clears the box and types the query key by key (each key reaches the server: the box is Immediate).</summary>
    public static async Task TypeAsync(IPage page, string query)
    {
        var box = page.Locator("[data-testid=search-box]");
        await box.FillAsync("");
        await box.PressSequentiallyAsync(query, new LocatorPressSequentiallyOptions { Delay = 60 });
        await page.EvaluateAsync(Arm, query);
    }

    /// <summary>Presses Enter in the box; returns the milliseconds the page measured until the results showed.</summary>
    public static async Task<double> SubmitAsync(IPage page)
    {
        await page.Locator("[data-testid=search-box]").PressAsync("Enter");
        var measured = page.EvaluateAsync<double>("() => window.__circuitsBench");
        if (await Task.WhenAny(measured, Task.Delay(TimeSpan.FromMinutes(2))) != measured)
        {
            throw new TimeoutException("the results did not show within 2 minutes");
        }
        return await measured;
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
