using HopeCase.Tests.Support;
using HopeCase.Web.Features.Health;
using HopeCase.Web.Features.Letters;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

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
        engine.KillBrowserForTest();
        await Task.Delay(500);
        var pdf = await engine.PrintAsync(Html, new PrintLayout(null));
        Assert.Contains("1448/000001", await Pdf.TextAsync(pdf), StringComparison.Ordinal);
        Assert.Equal(2, engine.Launches);
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
