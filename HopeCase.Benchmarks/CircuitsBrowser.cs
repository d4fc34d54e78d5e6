using System.Globalization;
using Microsoft.Playwright;

namespace HopeCase.Benchmarks;

/// <summary>
/// Real Chromium for the circuits benchmark: one browser and one context, each officer's page on a host of its own
/// (oNNN.circuits.bench, mapped to the app's loopback address) so that it carries only that officer's sign-in cookie,
/// obtained over HTTP (<see cref="CircuitsSignIn"/>); the pages share a few renderer processes, which is what lets
/// 200 of them fit (a context each, as before, cost ~110 MB: a renderer per page). Each page is left on the search
/// page with its circuit connected; a search is typed and submitted as an officer does, timed inside the page from
/// the Enter key to the first matching row in the DOM.
/// </summary>
internal sealed class CircuitsBrowser : IAsyncDisposable
{
    private const string Domain = "circuits.bench";

    /// <summary>
    /// Contexts, each with one renderer process for all its pages (--process-per-site: the hosts are one site):
    /// fewer save memory, more spread the pages' script and layout work. Pages are dealt to them in turn.
    /// </summary>
    private const int Contexts = 10;

    // As HopeCase.Tests/Browser/BrowserFixture.cs launches it, and what lets many pages share a little memory.
    private static readonly string[] Args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage",
        $"--host-resolver-rules=MAP *.{Domain} 127.0.0.1", "--process-per-site",
        "--blink-settings=imagesEnabled=false", "--disable-extensions", "--mute-audio",
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
    private readonly IBrowserContext[] _contexts;
    private readonly Uri _app;

    private CircuitsBrowser(IPlaywright playwright, IBrowser browser, IBrowserContext[] contexts, Uri app) =>
        (_playwright, _browser, _contexts, _app) = (playwright, browser, contexts, app);

    public static async Task<CircuitsBrowser> LaunchAsync(string baseUrl, string executable)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = executable, Headless = true, Args = Args });
        var contexts = new IBrowserContext[Contexts];
        for (var i = 0; i < contexts.Length; i++)
        {
            contexts[i] = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1024, Height = 700 } });
            contexts[i].SetDefaultTimeout(120_000);
        }
        return new CircuitsBrowser(playwright, browser, contexts, new Uri(baseUrl));
    }

    /// <summary>The officer signed in over HTTP and a page of their own on /beneficiaries, once its circuit is interactive.</summary>
    public async Task<IPage> SignInAsync(int officer, string email, string password)
    {
        var cookie = await CircuitsSignIn.CookieAsync(_app.ToString(), email, password);
        var origin = string.Create(CultureInfo.InvariantCulture, $"http://o{officer:000}.{Domain}:{_app.Port}");
        var context = _contexts[officer % _contexts.Length];
        await context.AddCookiesAsync([new Cookie { Name = CircuitsSignIn.CookieName, Value = cookie, Url = origin + "/", HttpOnly = true, SameSite = SameSiteAttribute.Lax }]);
        var page = await context.NewPageAsync();
        // Straight to the search page, so no other page's circuit is left behind (disconnected circuits are kept
        // for minutes and would be counted).
        await page.GotoAsync(origin + "/beneficiaries");
        try
        {
            await page.WaitForSelectorAsync("[data-interactive=true]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        }
        catch (PlaywrightException)
        {
            var body = await page.EvaluateAsync<string>("() => document.body ? document.body.innerText.slice(0, 300) : ''");
            throw new System.TimeoutException($"{origin}: not interactive after 2 minutes at {page.Url}: {body}");
        }
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
        // The box has the focus since typing: the key goes straight in, without the locator's checks in the page.
        await page.Keyboard.PressAsync("Enter");
        var measured = page.EvaluateAsync<double>("() => window.__circuitsBench");
        if (await Task.WhenAny(measured, Task.Delay(TimeSpan.FromMinutes(2))) != measured)
        {
            throw new TimeoutException("the results did not show within 2 minutes");
        }
        return await measured;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.DisposeAsync();
        }
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
