namespace HopeCase.Web.Features.Health;

/// <summary>Finds the headless Chromium that prints letters (setting Pdf:ChromiumPath, else the usual Debian paths).</summary>
public sealed class ChromiumLocator(IConfiguration config)
{
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

    public string? Find()
    {
        var configured = config["Pdf:ChromiumPath"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured) ? configured : null;
        }
        return Candidates.FirstOrDefault(File.Exists);
    }
}
