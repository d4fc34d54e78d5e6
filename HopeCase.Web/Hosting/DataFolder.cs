namespace HopeCase.Web.Hosting;

/// <summary>Where the SQLite files live (setting Data:Folder; relative paths are under the content root).</summary>
public sealed class DataFolder(string path)
{
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public string HopeDb => System.IO.Path.Combine(Path, "hopecase.db");

    public string JobsDb => System.IO.Path.Combine(Path, "hopecase-jobs.db");

    public static DataFolder From(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration["Data:Folder"];
        var path = string.IsNullOrWhiteSpace(configured) ? "data" : configured;
        var folder = new DataFolder(System.IO.Path.IsPathRooted(path) ? path : System.IO.Path.Combine(environment.ContentRootPath, path));
        Directory.CreateDirectory(folder.Path);
        return folder;
    }
}
