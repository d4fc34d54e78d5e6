using System.Reflection;
using HopeCase.Tests.Support;
using HopeCase.Web.Features.Health;
using HopeCase.Web.Features.Letters;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using IBrowser = PuppeteerSharp.IBrowser;

namespace HopeCase.Tests.Web.Letters;

/// <summary>The engine's life cycle against the real Chromium: warm reuse, recycling, relaunch after a crash, and a clear error.</summary>
public sealed class PdfEngineTests
{
    private const string Html = "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><body><p>مرحبًا بكم في جمعية أمل <bdi>1448/000001</bdi></p></body></html>";

    private static PdfEngine Engine(params (string Key, string Value)[] settings)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();
        return new PdfEngine(new ChromiumLocator(config), config, NullLogger<PdfEngine>.Instance);
    }

    [Fact]
    public async Task One_warm_browser_is_reused_then_recycled_after_the_configured_count()
    {
        await using var engine = Engine(("Pdf:RecycleAfter", "3"));
        for (var i = 0; i < 7; i++)
        {
            var pdf = await engine.PrintAsync(Html, new PrintLayout(null));
            Assert.Contains("جمعية أمل", await Pdf.TextAsync(pdf), StringComparison.Ordinal);
        }
        Assert.Equal(3, engine.Launches); // documents 1-3, 4-6, 7
    }

    [Fact]
    public async Task A_dead_browser_is_relaunched()
    {
        await using var engine = Engine();
        await engine.PrintAsync(Html, new PrintLayout(null));
        var browser = CurrentBrowser(engine);
        engine.KillBrowserForTest();
        await DisconnectedAsync(browser);
        var pdf = await engine.PrintAsync(Html, new PrintLayout(null));
        Assert.Contains("1448/000001", await Pdf.TextAsync(pdf), StringComparison.Ordinal);
        Assert.Equal(2, engine.Launches);
    }

    /// <summary>The engine's warm browser (private state, read only to know when the killed browser is seen as gone).</summary>
    private static IBrowser CurrentBrowser(PdfEngine engine)
    {
        var generation = typeof(PdfEngine).GetField("_current", BindingFlags.NonPublic | BindingFlags.Instance)?.GetValue(engine)
            ?? throw new InvalidOperationException("PdfEngine no longer keeps its browser in _current: update this test's hook.");
        return (IBrowser)generation.GetType().GetProperty("Browser")!.GetValue(generation)!;
    }

    /// <summary>Until PuppeteerSharp has noticed the dead browser (its Disconnected event), at most 10 s.</summary>
    private static async Task DisconnectedAsync(IBrowser browser)
    {
        var gone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnDisconnected(object? sender, EventArgs e) => gone.TrySetResult();
        browser.Disconnected += OnDisconnected;
        try
        {
            if (browser.IsConnected)
            {
                await gone.Task.WaitAsync(TimeSpan.FromSeconds(10));
            }
        }
        finally
        {
            browser.Disconnected -= OnDisconnected;
        }
    }

    [Fact]
    public async Task Missing_chromium_gives_a_clear_arabic_and_english_error()
    {
        await using var engine = Engine(("Pdf:ChromiumPath", "/nonexistent/chromium"));
        var error = await Assert.ThrowsAsync<PdfEngineUnavailableException>(() => engine.PrintAsync(Html, new PrintLayout(null)));
        Assert.Contains("Chromium", error.Message, StringComparison.Ordinal);
        Assert.Contains("متصفح", error.Message, StringComparison.Ordinal);
        Assert.Contains("Pdf:ChromiumPath", error.Message, StringComparison.Ordinal);
    }
}
