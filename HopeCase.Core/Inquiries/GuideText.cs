using System.Diagnostics;

namespace HopeCase.Core.Inquiries;

/// <summary>The text of an uploaded guide: a PDF through poppler's pdftotext (UTF-8), read from a private temp file.</summary>
public static class GuideText
{
    /// <summary>At most this many characters are kept (a long bylaws PDF is far below it).</summary>
    public const int MaxChars = 400_000;

    /// <summary>The text of <paramref name="content"/>, or empty when it is not a PDF or has no text layer.</summary>
    public static async Task<string> ExtractAsync(string contentType, byte[] content, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (contentType != "application/pdf")
        {
            return "";
        }
        var file = Path.Combine(Path.GetTempPath(), $"hc-guide-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, content, ct);
        try
        {
            var info = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in new[] { "-enc", "UTF-8", "-nopgbrk", file, "-" })
            {
                info.ArgumentList.Add(a);
            }
            using var process = Process.Start(info);
            if (process is null)
            {
                return "";
            }
            var output = process.StandardOutput.ReadToEndAsync(ct);
            _ = process.StandardError.ReadToEndAsync(ct);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(60));
            await process.WaitForExitAsync(timeout.Token);
            var text = await output;
            return process.ExitCode != 0 ? "" : text.Length > MaxChars ? text[..MaxChars] : text;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // pdftotext is missing: the guide is kept and can be opened, only not searched.
            return "";
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>
    /// The form a guide's text and a query are compared in: the Arabic normal form with every «لا» written «ال».
    /// pdftotext gives the lam-alef ligature of many PDFs (Chromium's among them) back in visual order, «خلال» as
    /// «خالل» and «ثلاثين» as «ثالثين»; folding both sides the same way matches either extraction.
    /// </summary>
    public static string SearchForm(string? value) => Arabic.ArabicText.Normalize(value).Replace("لا", "ال", StringComparison.Ordinal);

    /// <summary>The lines of <paramref name="text"/> that hold every word of the normalised query, at most <paramref name="take"/>.</summary>
    public static IReadOnlyList<string> MatchingLines(string text, IReadOnlyList<string> tokens, int take = 3)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var hits = lines.Where(l => { var n = SearchForm(l); return tokens.All(t => n.Contains(t, StringComparison.Ordinal)); }).Take(take).ToList();
        if (hits.Count == 0)
        {
            // The words are spread over lines: show the lines holding any of them.
            hits = lines.Where(l => { var n = SearchForm(l); return tokens.Any(t => n.Contains(t, StringComparison.Ordinal)); }).Take(take).ToList();
        }
        return hits.Select(l => l.Length > 240 ? l[..240] + "…" : l).ToList();
    }
}
