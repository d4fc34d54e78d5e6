using HopeCase.Web.Features.Health;
using PuppeteerSharp;
using PuppeteerSharp.Media;

namespace HopeCase.Web.Features.Letters;

/// <summary>Chromium is not installed where the settings say; the message names the fix, in Arabic and English.</summary>
public sealed class PdfEngineUnavailableException(string message) : Exception(message);

/// <summary>How one document is printed: the footer repeated on every page, and the page margins.</summary>
public sealed record PrintLayout(string? FooterHtml, string Top = "12mm", string Bottom = "30mm", string Side = "14mm");

/// <summary>
/// Headless Chromium printing HTML to A4 PDF. One warm browser for the app; a fresh page per document; a timeout per
/// document; the browser is replaced after Pdf:RecycleAfter documents (memory) and relaunched if it died.
/// A document is printed with JavaScript off and every request other than <c>data:</c> refused by interception, so
/// nothing written into a letter can reach the network (docs/adr/0028-printing-without-network.md).
/// </summary>
public sealed class PdfEngine(ChromiumLocator locator, IConfiguration config, ILogger<PdfEngine> log) : IAsyncDisposable
{
    private static readonly string[] Args =
    [
        "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-dev-shm-usage", "--font-render-hinting=none",
        // Frames stay in the page's process, so the page's interception sees their requests too.
        "--disable-site-isolation-trials", "--disable-features=site-per-process,IsolateOrigins",
        // Underneath the interception, a network that leads nowhere: no DNS prefetch, and every connection Chromium
        // would open on its own (a preconnect to an image's host) goes to a proxy on a port where nothing listens.
        "--dns-prefetch-disable", "--proxy-server=socks5://127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
    ];

    private readonly SemaphoreSlim _launch = new(1, 1);
    private readonly int _recycleAfter = Math.Max(1, config.GetValue("Pdf:RecycleAfter", 300));
    private readonly TimeSpan _timeout = TimeSpan.FromSeconds(config.GetValue("Pdf:TimeoutSeconds", 60));
    private Generation? _current;
    private int _launches;
    private int _refused;
    private int _sandboxWarned;

    /// <summary>How many times a browser was started (the first launch, recycles and restarts).</summary>
    public int Launches => _launches;

    /// <summary>How many requests printed documents made that were refused (anything but <c>data:</c>).</summary>
    public int Refused => _refused;

    public async Task<byte[]> PrintAsync(string html, PrintLayout layout, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var generation = await AcquireAsync(ct);
        try
        {
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
            cts.CancelAfter(_timeout);
            var page = await generation.Browser.NewPageAsync().WaitAsync(cts.Token);
            try
            {
                await page.SetJavaScriptEnabledAsync(false).WaitAsync(cts.Token);
                await page.SetRequestInterceptionAsync(true).WaitAsync(cts.Token);
                page.Request += (_, e) => _ = DataOnlyAsync(e.Request);
                await page.SetContentAsync(html, new SetContentOptions { WaitUntil = [WaitUntilNavigation.Load], Timeout = (int)_timeout.TotalMilliseconds }).WaitAsync(cts.Token);
                return await page.PdfDataAsync(new PdfOptions
                {
                    Format = PaperFormat.A4,
                    PrintBackground = true,
                    DisplayHeaderFooter = layout.FooterHtml is not null,
                    HeaderTemplate = "<span></span>",
                    FooterTemplate = layout.FooterHtml ?? "<span></span>",
                    MarginOptions = new MarginOptions { Top = layout.Top, Bottom = layout.Bottom, Left = layout.Side, Right = layout.Side },
                    Timeout = (int)_timeout.TotalMilliseconds,
                }).WaitAsync(cts.Token);
            }
            finally
            {
                await page.CloseAsync();
            }
        }
        finally
        {
            await ReleaseAsync(generation);
        }
    }

    /// <summary>Inline images, fonts and styles (<c>data:</c>) are all a letter needs; anything else is refused.</summary>
    private async Task DataOnlyAsync(IRequest request)
    {
        try
        {
            if (request.Url.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            {
                await request.ContinueAsync();
                return;
            }
            Interlocked.Increment(ref _refused);
            log.LogWarning("A printed document asked for {Scheme} content; refused", Uri.TryCreate(request.Url, UriKind.Absolute, out var u) ? u.Scheme : "?");
            await request.AbortAsync(RequestAbortErrorCode.BlockedByClient);
        }
        catch (PuppeteerException)
        {
            // The page closed (timeout or done) while the request was being answered: nothing left to refuse.
        }
    }

    private async Task<Generation> AcquireAsync(CancellationToken ct)
    {
        await _launch.WaitAsync(ct);
        try
        {
            var current = _current;
            if (current is null || !current.Browser.IsConnected || current.Printed >= _recycleAfter)
            {
                if (current is not null)
                {
                    current.Retired = true;
                    log.LogInformation("Chromium replaced after {Count} documents (connected: {Connected})", current.Printed, current.Browser.IsConnected);
                    await CloseIfIdleAsync(current);
                }
                current = _current = new Generation(await LaunchAsync());
            }
            current.Printed++;
            current.InFlight++;
            return current;
        }
        finally
        {
            _launch.Release();
        }
    }

    private async Task ReleaseAsync(Generation generation)
    {
        await _launch.WaitAsync();
        try
        {
            generation.InFlight--;
            await CloseIfIdleAsync(generation);
        }
        finally
        {
            _launch.Release();
        }
    }

    private static async Task CloseIfIdleAsync(Generation generation)
    {
        if (generation.Retired && generation.InFlight == 0)
        {
            await generation.Browser.DisposeAsync();
        }
    }

    private async Task<IBrowser> LaunchAsync()
    {
        var path = locator.Find() ?? throw new PdfEngineUnavailableException(
            "تعذّر إنشاء ملف PDF: متصفح Chromium غير مثبت. ثبّت حزمة chromium أو اضبط الإعداد Pdf:ChromiumPath. / " +
            "Cannot print PDF: Chromium is not installed. Install the Debian package chromium, or set Pdf:ChromiumPath.");
        Interlocked.Increment(ref _launches);
        // Chromium's sandbox stays on; it cannot run as root, so only there (or when Pdf:NoSandbox says so) is it off.
        var noSandbox = Environment.IsPrivilegedProcess || config.GetValue("Pdf:NoSandbox", false);
        if (noSandbox && Interlocked.Exchange(ref _sandboxWarned, 1) == 0)
        {
            log.LogWarning("Chromium prints without its sandbox (running as root or Pdf:NoSandbox): run HopeCase as an unprivileged user (docs/adr/0028-printing-without-network.md)");
        }
        string[] args = noSandbox ? [.. Args, "--no-sandbox"] : Args;
        return await Puppeteer.LaunchAsync(new LaunchOptions { ExecutablePath = path, Headless = true, Args = args, Timeout = 30_000 });
    }

    /// <summary>Test hook: kill the browser process to prove the engine relaunches it.</summary>
    internal void KillBrowserForTest() => _current?.Browser.Process?.Kill(entireProcessTree: true);

    public async ValueTask DisposeAsync()
    {
        if (_current is { } current)
        {
            await current.Browser.DisposeAsync();
        }
        _launch.Dispose();
    }

    private sealed class Generation(IBrowser browser)
    {
        public IBrowser Browser { get; } = browser;
        public int Printed { get; set; }
        public int InFlight { get; set; }
        public bool Retired { get; set; }
    }
}
