using System.Diagnostics;
using Npgsql;

namespace HopeCase.Core.Backup;

/// <summary>
/// The PostgreSQL side of a backup: <c>pg_dump --format=custom</c> of the whole database (one consistent snapshot in a
/// repeatable-read transaction, writers carry on) into the staging folder, and <c>pg_restore</c> of it into an empty
/// database in one transaction. The tools are taken from <c>Backup:PgBin</c>, else the newest
/// /usr/lib/postgresql/N/bin (Debian), else the PATH. The password, if any, travels in PGPASSWORD, not on the command line.
/// </summary>
public static class PostgresSnapshot
{
    public const string DumpFile = "hopecase.pgdump";

    /// <summary>Writes the dump into <paramref name="staging"/>; returns the newest migration in the database (the schema version).</summary>
    public static async Task<string> TakeAsync(string connectionString, string staging, string? pgBin, CancellationToken ct = default)
    {
        Directory.CreateDirectory(staging);
        var schema = await NewestMigrationAsync(connectionString, ct);
        await RunAsync(Tool(pgBin, "pg_dump"), connectionString, ["--format=custom", "--no-owner", "--no-privileges", "--file", Path.Combine(staging, DumpFile)], ct);
        return schema;
    }

    /// <summary>Restores the dump in <paramref name="folder"/> into the database, which must hold no tables yet.</summary>
    public static async Task RestoreAsync(string folder, string connectionString, string? pgBin, CancellationToken ct = default)
    {
        var dump = Path.Combine(folder, DumpFile);
        if (!File.Exists(dump))
        {
            throw new BackupRefusedException("هذه النسخة ليست نسخة قاعدة PostgreSQL (لا تحوي ملف التفريغ).", "This backup holds no PostgreSQL dump.");
        }
        await RunAsync(Tool(pgBin, "pg_restore"), connectionString, ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", dump], ct);
    }

    /// <summary>Refuses a database that already holds tables: a restore never replaces existing data.</summary>
    public static async Task RequireEmptyAsync(string connectionString, CancellationToken ct = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')", connection);
        var tables = Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        if (tables > 0)
        {
            var db = connection.Database;
            throw new BackupRefusedException(
                $"قاعدة البيانات '{db}' ليست فارغة ({tables} جدولاً). الاستعادة لا تكتب إلا في قاعدة فارغة، حتى لا تُستبدل بيانات قائمة. لم يُغيَّر شيء.",
                $"The database '{db}' is not empty ({tables} tables). A restore writes only into an empty database, so that no existing data is replaced. Nothing was changed.");
        }
    }

    private static async Task<string> NewestMigrationAsync(string connectionString, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\" ORDER BY \"MigrationId\" DESC LIMIT 1", connection);
        return Convert.ToString(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }

    private static string Tool(string? pgBin, string name)
    {
        if (!string.IsNullOrWhiteSpace(pgBin))
        {
            return Path.Combine(pgBin, name);
        }
        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.EnumerateDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin", name)).Where(File.Exists)
                .OrderByDescending(p => int.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(p))), out var v) ? v : 0).FirstOrDefault()
            : null;
        return debian ?? name;
    }

    private static async Task RunAsync(string tool, string connectionString, string[] args, CancellationToken ct)
    {
        var cs = new NpgsqlConnectionStringBuilder(connectionString);
        var info = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { "--host", cs.Host ?? "127.0.0.1", "--port", cs.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--username", cs.Username ?? Environment.UserName, "--dbname", cs.Database ?? "", "--no-password" }.Concat(args))
        {
            info.ArgumentList.Add(a);
        }
        if (!string.IsNullOrEmpty(cs.Password))
        {
            info.Environment["PGPASSWORD"] = cs.Password;
        }
        Process process;
        try
        {
            process = Process.Start(info)!;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new BackupRefusedException($"لم يُعثر على أداة PostgreSQL '{tool}' (الإعداد Backup:PgBin): {ex.Message}",
                $"The PostgreSQL tool '{tool}' was not found (setting Backup:PgBin): {ex.Message}");
        }
        using (process)
        {
            var error = process.StandardError.ReadToEndAsync(ct);
            await process.StandardOutput.ReadToEndAsync(ct);
            await process.WaitForExitAsync(ct);
            if (process.ExitCode != 0)
            {
                var message = (await error).Trim();
                throw new BackupRefusedException($"فشل {Path.GetFileName(tool)} ولم يكتمل العمل: {message}", $"{Path.GetFileName(tool)} failed; nothing was completed: {message}");
            }
        }
    }
}
