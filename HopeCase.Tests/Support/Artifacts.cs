namespace HopeCase.Tests.Support;

/// <summary>Where screenshots and PDFs are kept for a person to look at: artifacts/ at the repository root.</summary>
public static class Artifacts
{
    public static string Folder(string kind)
    {
        var path = Path.Combine(RepositoryRoot, "artifacts", kind);
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>The folder holding HopeCase.sln (the temp folder when run from elsewhere).</summary>
    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "HopeCase.sln")))
            {
                dir = dir.Parent;
            }
            return dir?.FullName ?? Path.GetTempPath();
        }
    }
}
