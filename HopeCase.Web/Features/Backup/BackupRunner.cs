using HopeCase.Core.Backup;
using HopeCase.Core.Data;
using HopeCase.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Web.Features.Backup;

/// <summary>Backs up this installation's data and restores a backup of it, for the commands and the nightly job alike.</summary>
internal sealed class BackupRunner(DataFolder data, IConfiguration config, TimeProvider clock)
{
    public const string Sqlite = "Sqlite";

    public string InstallationId => Core.Backup.InstallationId.Resolve(config["Installation:Id"], data.Path);

    /// <summary>Writes one encrypted backup to <paramref name="output"/>: a file ending in .hcbak, or else a folder to name one in.</summary>
    public async Task<(string File, BackupHeader Header)> BackupAsync(string output, CancellationToken ct = default)
    {
        var key = BackupKey.Parse(config["Backup:Key"]);
        var installation = InstallationId;
        var file = output.EndsWith(BackupHeader.FileExtension, StringComparison.OrdinalIgnoreCase) ? output : Path.Combine(output, FileName(installation, clock.GetUtcNow()));
        var excluded = new[] { config["Backup:Folder"], Path.GetDirectoryName(Path.GetFullPath(file)) }
            .Where(f => !string.IsNullOrWhiteSpace(f)).Select(f => Path.GetFullPath(f!)).ToList();
        var source = new BackupSource(installation, Sqlite, (staging, token) => SqliteSnapshot.TakeAsync(data.Path, staging, excluded, token));
        return (file, await BackupFile.CreateAsync(source, key, file, clock, ct));
    }

    /// <summary>Restores <paramref name="file"/> into the empty folder <paramref name="into"/>.</summary>
    public async Task<BackupHeader> RestoreAsync(string file, string into, string? installation, CancellationToken ct = default)
    {
        var key = BackupKey.Parse(config["Backup:Key"]);
        var expected = string.IsNullOrWhiteSpace(installation) ? config["Installation:Id"] : installation;
        var header = await BackupFile.RestoreAsync(file, into, key, expected ?? "", KnownMigrations(), ct);
        foreach (var db in Directory.EnumerateFiles(into, "*.db"))
        {
            var integrity = await SqliteSnapshot.IntegrityAsync(db, ct);
            if (integrity != "ok")
            {
                throw new BackupRefusedException($"فحص سلامة {Path.GetFileName(db)} بعد الاستعادة لم ينجح: {integrity}", $"The integrity check of {Path.GetFileName(db)} after the restore failed: {integrity}");
            }
        }
        return header;
    }

    /// <summary>The start every backup file name of one installation shares.</summary>
    public static string Prefix(string installation) => $"hopecase-{installation[..Math.Min(8, installation.Length)]}-";

    public static string FileName(string installation, DateTimeOffset at) =>
        $"{Prefix(installation)}{at.UtcDateTime:yyyyMMdd-HHmmss}{BackupHeader.FileExtension}";

    private static HashSet<string> KnownMigrations()
    {
        var options = new DbContextOptionsBuilder<HopeDb>();
        HopeDatabase.Configure(options, ":memory:");
        using var db = new HopeDb(options.Options);
        return db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
    }
}
