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
/// </summary>
public sealed class PdfEngine(ChromiumLocator locator, IConfiguration config, ILogger<PdfEngine> log) : IAsyncDisposable
{
    private static readonly string[] Args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-dev-shm-usage", "--font-render-hinting=none",
    ];

    private readonly SemaphoreSlim _launch = new(1, 1);
    private readonly int _recycleAfter = Math.Max(1, config.GetValue("Pdf:RecycleAfter", 300));
    private readonly TimeSpan _timeout = TimeSpan.FromSeconds(config.GetValue("Pdf:TimeoutSeconds", 60));
    private Generation? _current;
    private int _launches;

    /// <summary>How many times a browser was started (the first launch, recycles and restarts).</summary>
    public int Launches => _launches;

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
        return await Puppeteer.LaunchAsync(new LaunchOptions { ExecutablePath = path, Headless = true, Args = Args, Timeout = 30_000 });
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
