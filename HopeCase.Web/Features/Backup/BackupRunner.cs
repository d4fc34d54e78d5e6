using HopeCase.Core.Backup;
using HopeCase.Core.Data;
using HopeCase.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Web.Features.Backup;

/// <summary>
/// Backs up this installation's data and restores a backup of it, for the commands and the nightly job alike: the SQLite
/// data folder, or with <c>Data:Provider=Postgres</c> a pg_dump of the database, in the same encrypted file format.
/// </summary>
internal sealed class BackupRunner(DataFolder data, IConfiguration config, TimeProvider clock)
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    private DataSettings Settings => DataSettings.From(config, data.HopeDb);

    public string InstallationId => Core.Backup.InstallationId.Resolve(config["Installation:Id"], data.Path);

    /// <summary>Writes one encrypted backup to <paramref name="output"/>: a file ending in .hcbak, or else a folder to name one in.</summary>
    public async Task<(string File, BackupHeader Header)> BackupAsync(string output, CancellationToken ct = default)
    {
        var key = BackupKey.Parse(config["Backup:Key"]);
        var installation = InstallationId;
        var file = output.EndsWith(BackupHeader.FileExtension, StringComparison.OrdinalIgnoreCase) ? output : Path.Combine(output, FileName(installation, clock.GetUtcNow()));
        var excluded = new[] { config["Backup:Folder"], Path.GetDirectoryName(Path.GetFullPath(file)) }
            .Where(f => !string.IsNullOrWhiteSpace(f)).Select(f => Path.GetFullPath(f!)).ToList();
        var settings = Settings;
        var source = settings.IsPostgres
            ? new BackupSource(installation, Postgres, (staging, token) => PostgresSnapshot.TakeAsync(settings.ConnectionString, staging, config["Backup:PgBin"], token))
            : new BackupSource(installation, Sqlite, (staging, token) => SqliteSnapshot.TakeAsync(data.Path, staging, excluded, token));
        return (file, await BackupFile.CreateAsync(source, key, file, clock, ct));
    }

    /// <summary>
    /// Restores <paramref name="file"/> into the empty folder <paramref name="into"/>, or on PostgreSQL into the configured
    /// database, which must be empty (<paramref name="into"/> is then not used).
    /// </summary>
    public async Task<BackupHeader> RestoreAsync(string file, string? into, string? installation, CancellationToken ct = default)
    {
        var key = BackupKey.Parse(config["Backup:Key"]);
        var expected = string.IsNullOrWhiteSpace(installation) ? config["Installation:Id"] : installation;
        var settings = Settings;
        var provider = settings.IsPostgres ? Postgres : Sqlite;
        var made = File.Exists(file) ? BackupFile.Inspect(file).Provider : provider;
        if (!string.Equals(made, provider, StringComparison.OrdinalIgnoreCase))
        {
            throw new BackupRefusedException($"هذه النسخة من قاعدة {made}، وهذا التثبيت مضبوط على {provider} (الإعداد Data:Provider). لم يُغيَّر شيء.",
                $"This backup is of a {made} database; this installation is set to {provider} (setting Data:Provider). Nothing was changed.");
        }
        if (settings.IsPostgres)
        {
            return await RestorePostgresAsync(file, settings, key, expected ?? "", ct);
        }
        if (string.IsNullOrWhiteSpace(into))
        {
            throw new BackupRefusedException("حدّد المجلد الفارغ للاستعادة بالخيار --into.", "Name the empty folder to restore into with --into.");
        }
        var header = await BackupFile.RestoreAsync(file, into, key, expected ?? "", KnownMigrations(settings), ct);
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

    private async Task<BackupHeader> RestorePostgresAsync(string file, DataSettings settings, BackupKey key, string expected, CancellationToken ct)
    {
        await PostgresSnapshot.RequireEmptyAsync(settings.ConnectionString, ct);
        var staging = Path.Combine(Path.GetTempPath(), "hopecase-pgrestore-" + Guid.NewGuid().ToString("N"));
        try
        {
            var header = await BackupFile.RestoreAsync(file, staging, key, expected, KnownMigrations(settings), ct);
            await PostgresSnapshot.RestoreAsync(staging, settings.ConnectionString, config["Backup:PgBin"], ct);
            return header;
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    private static HashSet<string> KnownMigrations(DataSettings settings)
    {
        var options = new DbContextOptionsBuilder<HopeDb>();
        HopeDatabase.Configure(options, settings.IsPostgres ? settings : DataSettings.Sqlite(":memory:"));
        using var db = new HopeDb(options.Options);
        return db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
    }
}
