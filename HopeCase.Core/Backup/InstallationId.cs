namespace HopeCase.Core.Backup;

/// <summary>
/// Which installation a data folder belongs to: the setting Installation:Id when it is set (every node of one
/// installation sets the same), otherwise the file <c>installation-id</c> in the data folder, made once with a new
/// id. Backups carry it, and a restore refuses a backup of another installation.
/// </summary>
public static class InstallationId
{
    public const string FileName = "installation-id";

    public static string Resolve(string? configured, string dataFolder)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured.Trim();
        }
        var path = Path.Combine(dataFolder, FileName);
        if (File.Exists(path))
        {
            var stored = File.ReadAllText(path).Trim();
            if (stored.Length > 0)
            {
                return stored;
            }
        }
        Directory.CreateDirectory(dataFolder);
        var id = Guid.NewGuid().ToString("N");
        var temp = path + ".new";
        File.WriteAllText(temp, id + Environment.NewLine);
        File.Move(temp, path, overwrite: false);
        return id;
    }
}
