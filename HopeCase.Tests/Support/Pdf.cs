using System.Diagnostics;

namespace HopeCase.Tests.Support;

/// <summary>poppler-utils: the text of a PDF (pdftotext) and its pages as PNG (pdftoppm) for a person to look at.</summary>
public static class Pdf
{
    public static async Task<string> TextAsync(byte[] pdf, int? page = null)
    {
        var file = Path.Combine(Path.GetTempPath(), $"hc-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            var args = page is { } p ? new[] { "-f", p.ToString(System.Globalization.CultureInfo.InvariantCulture), "-l", p.ToString(System.Globalization.CultureInfo.InvariantCulture), file, "-" } : [file, "-"];
            return await RunAsync("pdftotext", args);
        }
        finally
        {
            File.Delete(file);
        }
    }

    public static async Task<int> PagesAsync(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"hc-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            var info = await RunAsync("pdfinfo", [file]);
            var line = info.Split('\n').First(l => l.StartsWith("Pages:", StringComparison.Ordinal));
            return int.Parse(line["Pages:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Writes name.pdf and name-N.png (80 dpi) into artifacts/letters/.</summary>
    public static async Task SavePngsAsync(byte[] pdf, string name)
    {
        var folder = Artifacts.Folder("letters");
        var file = Path.Combine(folder, name + ".pdf");
        await File.WriteAllBytesAsync(file, pdf);
        await RunAsync("pdftoppm", ["-r", "80", "-png", file, Path.Combine(folder, name)]);
    }

    private static async Task<string> RunAsync(string tool, string[] args)
    {
        var info = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }
        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{tool} failed: {await process.StandardError.ReadToEndAsync()}");
        return output;
    }
}
