using System.Diagnostics;
using System.Globalization;
using HopeCase.Core.Letters;
using HopeCase.Core.Organisation;
using HopeCase.Core.Saudi;
using HopeCase.Web.Demo;
using HopeCase.Web.Features.Health;
using HopeCase.Web.Features.Letters;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HopeCase.Benchmarks;

/// <summary>
/// `letters [count=100] [--Setting=value…]`: prints p50/p95 per letter with a warm browser, the time for a 100-letter
/// batch, and beside them what Chromium alone takes to print the same HTML. The web app's appsettings.json (copied
/// beside this program) gives the letterhead and <c>Pdf:*</c>; settings on the command line override it.
/// </summary>
internal static class LetterBenchmark
{
    public static async Task RunAsync(int count, string[] settings)
    {
        var config = new ConfigurationBuilder().SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: false).AddCommandLine(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(config);
        services.AddLogging();
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddOptions<OrganisationProfile>().Bind(config.GetSection(OrganisationProfile.Section));
        services.AddOptions<LetterOptions>().Bind(config.GetSection(LetterOptions.Section));
        services.AddSingleton<ChromiumLocator>();
        services.AddSingleton<PdfEngine>();
        services.AddSingleton<LetterRenderer>();
        await using var provider = services.BuildServiceProvider();
        var renderer = provider.GetRequiredService<LetterRenderer>();
        var engine = provider.GetRequiredService<PdfEngine>();
        var chromium = provider.GetRequiredService<ChromiumLocator>().Find() ?? throw new PdfEngineUnavailableException("Chromium not found");

        var today = SaudiTime.LocalDate(DateTimeOffset.UtcNow);
        var types = Enum.GetValues<LetterType>();
        LetterView View(int i)
        {
            var content = SampleLetters.For(types[i % types.Length], true, today);
            var body = LetterWording.ToHtml(DefaultWording.For(content.Type, true), content.Values);
            return renderer.View(content, $"1448/{i + 1:000000}", DateTimeOffset.UtcNow, body, LetterNumbering.NewVerifyCode(), null);
        }

        Console.WriteLine($"Chromium: {chromium}; {Environment.ProcessorCount} cores; {count} letters");
        for (var i = 0; i < 3; i++)
        {
            await renderer.PdfAsync([View(i)]); // warm the browser, fonts and the renderer
        }

        var full = new List<double>();
        var htmlOnly = new List<double>();
        var printOnly = new List<double>();
        var footer = renderer.Footer(arabic: true, pageNumbers: true);
        for (var i = 0; i < count; i++)
        {
            var view = View(i);
            var sw = Stopwatch.StartNew();
            var html = await renderer.HtmlAsync([view], screenFooter: false);
            htmlOnly.Add(sw.Elapsed.TotalMilliseconds);
            var print = Stopwatch.StartNew();
            await engine.PrintAsync(html, new PrintLayout(footer));
            printOnly.Add(print.Elapsed.TotalMilliseconds);
            full.Add(sw.Elapsed.TotalMilliseconds);
        }
        Report("per letter, Razor HTML + print (warm browser)", full);
        Report("  of which Razor -> HTML", htmlOnly);
        Report("  of which Chromium print on the warm page", printOnly);

        var views = Enumerable.Range(0, 100).Select(View).ToList();
        var batch = Stopwatch.StartNew();
        var batchHtml = await renderer.HtmlAsync(views, screenFooter: false);
        var batchPdf = await engine.PrintAsync(batchHtml, new PrintLayout(renderer.Footer(true)));
        Console.WriteLine($"100-letter batch as one PDF: {batch.Elapsed.TotalMilliseconds:0} ms ({batchPdf.Length / 1024} KB)");

        // Chromium alone: the same HTML files printed by a cold `chromium --headless --print-to-pdf`, no PuppeteerSharp.
        var dir = Directory.CreateTempSubdirectory("hc-bench").FullName;
        var one = Path.Combine(dir, "one.html");
        await File.WriteAllTextAsync(one, await renderer.HtmlAsync([View(0)], screenFooter: false));
        var hundred = Path.Combine(dir, "batch.html");
        await File.WriteAllTextAsync(hundred, batchHtml);
        var cli = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            cli.Add(await ChromiumCliAsync(chromium, one, Path.Combine(dir, "one.pdf")));
        }
        Report("Chromium alone, cold CLI --print-to-pdf, one letter (5 runs)", cli);
        Console.WriteLine($"Chromium alone, cold CLI --print-to-pdf, 100-letter batch: {await ChromiumCliAsync(chromium, hundred, Path.Combine(dir, "batch.pdf")):0} ms");
        Directory.Delete(dir, recursive: true);
    }

    private static async Task<double> ChromiumCliAsync(string chromium, string html, string pdf)
    {
        var info = new ProcessStartInfo(chromium) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--no-pdf-header-footer", "--print-to-pdf=" + pdf, "file://" + html })
        {
            info.ArgumentList.Add(a);
        }
        var sw = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var drainOut = process.StandardOutput.ReadToEndAsync();
        var drainErr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await Task.WhenAll(drainOut, drainErr);
        return sw.Elapsed.TotalMilliseconds;
    }

    private static void Report(string label, List<double> ms)
    {
        var sorted = ms.Order().ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}: p50 {Stats.Percentile(sorted, 0.5):0} ms, p95 {Stats.Percentile(sorted, 0.95):0} ms, n={sorted.Length}"));
    }
}
