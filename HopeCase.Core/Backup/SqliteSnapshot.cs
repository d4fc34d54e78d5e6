using Microsoft.Data.Sqlite;

namespace HopeCase.Core.Backup;

/// <summary>
/// Copies a SQLite data folder while the app runs: every <c>*.db</c> through SQLite's online backup (one consistent
/// snapshot, WAL included, writers carry on), every other file as it is. Journal files are skipped: the snapshot
/// already holds what they held.
/// </summary>
public static class SqliteSnapshot
{
    public const string MainDatabase = "hopecase.db";

    private static readonly string[] Journals = ["-wal", "-shm", "-journal"];

    /// <summary>Fills <paramref name="staging"/>; returns the newest migration in the main database (the schema version).</summary>
    public static async Task<string> TakeAsync(string dataFolder, string staging, IReadOnlyCollection<string> excludedFolders, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(excludedFolders);
        var excluded = excludedFolders.Select(f => Path.GetFullPath(f).TrimEnd(Path.DirectorySeparatorChar)).ToHashSet(StringComparer.Ordinal);
        await CopyAsync(Path.GetFullPath(dataFolder), staging, excluded, ct);
        var main = Path.Combine(staging, MainDatabase);
        return File.Exists(main) ? await NewestMigrationAsync(main, ct) : "";
    }

    private static async Task CopyAsync(string from, string to, HashSet<string> excluded, CancellationToken ct)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            ct.ThrowIfCancellationRequested();
            var name = Path.GetFileName(file);
            // Journals are read through the database's own backup; the start-up's lock file holds nothing.
            if (Journals.Any(j => name.EndsWith(j, StringComparison.Ordinal)) || name.EndsWith(".partial", StringComparison.Ordinal)
                || name.EndsWith(Data.SqliteMigrationGuard.Suffix, StringComparison.Ordinal))
            {
                continue;
            }
            if (name.EndsWith(".db", StringComparison.Ordinal))
            {
                await BackupAsync(file, Path.Combine(to, name), ct);
            }
            else
            {
                File.Copy(file, Path.Combine(to, name));
            }
        }
        foreach (var folder in Directory.EnumerateDirectories(from))
        {
            if (!excluded.Contains(Path.GetFullPath(folder)))
            {
                await CopyAsync(folder, Path.Combine(to, Path.GetFileName(folder)), excluded, ct);
            }
        }
    }

    private static async Task BackupAsync(string source, string destination, CancellationToken ct)
    {
        await using var from = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = source, Mode = SqliteOpenMode.ReadWrite, Pooling = false, DefaultTimeout = 30 }.ToString());
        await using var to = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = destination, Pooling = false }.ToString());
        await from.OpenAsync(ct);
        await to.OpenAsync(ct);
        from.BackupDatabase(to);
        await using var command = to.CreateCommand();
        // The copy stands alone: no WAL beside it until the app opens it again.
        command.CommandText = "PRAGMA journal_mode = DELETE;";
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>PRAGMA integrity_check of one file: "ok" or what SQLite found.</summary>
    public static async Task<string> IntegrityAsync(string path, CancellationToken ct = default)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        return Convert.ToString(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }

    private static async Task<string> NewestMigrationAsync(string path, CancellationToken ct)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT MigrationId FROM __EFMigrationsHistory ORDER BY MigrationId DESC LIMIT 1;";
        return Convert.ToString(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }
}
