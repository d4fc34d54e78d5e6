using System.Net;
using HopeCase.Core.Audit;
using HopeCase.Core.Backup;
using HopeCase.Core.Data;
using HopeCase.Core.Security;
using HopeCase.Tests.Support;
using Npgsql;

namespace HopeCase.Tests.Web.Backup;

/// <summary>
/// Issue 11, item 9 on PostgreSQL: `backup` (pg_dump, custom format, in the same encrypted file) taken while rows are
/// being committed, and `restore` (pg_restore in one transaction) into an empty database of the test's own cluster,
/// as real processes; the refusals are those of SQLite, and each leaves the target untouched.
/// </summary>
public sealed class PostgresBackupTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);
    private readonly string _key = BackupKey.Generate().ToBase64();
    private readonly string _installation = Guid.NewGuid().ToString("N");

    private string[] On(string connectionString, string? key = null) =>
        ["--Data:Provider=Postgres", $"--Data:ConnectionString={connectionString}", $"--Backup:Key={key ?? _key}", $"--Installation:Id={_installation}"];

    [Fact]
    public async Task A_backup_taken_while_writes_run_restores_every_committed_row_into_an_empty_database_and_the_app_starts_on_it()
    {
        using var folder = new TempFolder("pg-backup-live");
        var source = PgCluster.Instance.NewMigratedDatabase("bsrc");
        var audit = new AuditLog(TestDb.Factory(DataSettings.Postgres(source)), TimeProvider.System);
        var committed = 0;
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await audit.RecordAsync(Actor.System, "BackupTestRow", "Row", (committed + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
                Interlocked.Increment(ref committed);
            }
        });
        Assert.True(await Eventually.UntilAsync(() => Volatile.Read(ref committed) >= 200, Patience));
        var before = Volatile.Read(ref committed);
        var backup = await AppCommand.RunAsync([AppCommandName.Backup, "--to", folder.File("copies"), $"--Data:Folder={folder.File("data")}", .. On(source)]);
        var after = Volatile.Read(ref committed);
        await stop.CancelAsync();
        await writer;
        Assert.True(backup.ExitCode == 0, backup.Stdout + backup.Stderr);
        Assert.True(after > before, $"the writer kept writing during the backup ({before} → {after})");
        var file = Assert.Single(Directory.GetFiles(folder.File("copies"), "*" + BackupHeader.FileExtension));
        Assert.Equal("Postgres", BackupFile.Inspect(file).Provider);

        var target = PgCluster.Instance.NewDatabase("bdst");
        var restore = await AppCommand.RunAsync([AppCommandName.Restore, "--from", file, .. On(target)]);
        Assert.True(restore.ExitCode == 0, restore.Stdout + restore.Stderr);

        var rows = await RowsAsync(target);
        Assert.True(rows.Count >= before, $"{rows.Count} rows restored, {before} committed before the backup began");
        // Every row committed before the backup began, and no hole: the copy is one moment of the database.
        Assert.Equal(Enumerable.Range(1, rows.Count), rows);
        // HopeDb opens the copy as its own schema (no migration missing or unknown), and the app starts on it.
        await HopeDatabase.PrepareAsync(TestDb.Factory(DataSettings.Postgres(target)));
        await using var copy = AppProcess.Start(folder.File("copy-node"), "Development", "--Demo:Seed=false", "--Data:Provider=Postgres", $"--Data:ConnectionString={target}");
        Assert.Equal(HttpStatusCode.OK, await copy.WaitForHealthyAsync(Patience));
    }

    [Fact]
    public async Task Restore_refuses_a_wrong_key_another_installation_a_newer_schema_and_a_database_that_is_not_empty()
    {
        using var folder = new TempFolder("pg-backup-refusals");
        var source = PgCluster.Instance.NewMigratedDatabase("bref");
        var file = folder.File("b.hcbak");
        var backup = await AppCommand.RunAsync([AppCommandName.Backup, "--to", file, $"--Data:Folder={folder.File("data")}", .. On(source)]);
        Assert.True(backup.ExitCode == 0, backup.Stdout + backup.Stderr);
        var target = PgCluster.Instance.NewDatabase("bempty");

        var wrongKey = await AppCommand.RunAsync([AppCommandName.Restore, "--from", file, .. On(target, BackupKey.Generate().ToBase64())]);
        Assert.Equal(2, wrongKey.ExitCode);
        Assert.Contains("is not the key this backup was encrypted with", wrongKey.Stderr, StringComparison.Ordinal);

        var other = await AppCommand.RunAsync([AppCommandName.Restore, "--from", file, "--installation", Guid.NewGuid().ToString("N"), .. On(target)]);
        Assert.Equal(2, other.ExitCode);
        Assert.Contains("another installation", other.Stderr, StringComparison.Ordinal);

        var notEmpty = await AppCommand.RunAsync([AppCommandName.Restore, "--from", file, .. On(source)]);
        Assert.Equal(2, notEmpty.ExitCode);
        Assert.Contains("is not empty", notEmpty.Stderr, StringComparison.Ordinal);

        // A backup made by a newer HopeCase: its schema is a migration this version does not know.
        var newer = folder.File("newer.hcbak");
        await BackupFile.CreateAsync(new BackupSource(_installation, "Postgres", async (staging, ct) =>
        {
            Directory.CreateDirectory(staging);
            await File.WriteAllTextAsync(Path.Combine(staging, PostgresSnapshot.DumpFile), "not restored", ct);
            return "29991231000000_FromTheFuture";
        }), BackupKey.Parse(_key), newer, TimeProvider.System);
        var future = await AppCommand.RunAsync([AppCommandName.Restore, "--from", newer, .. On(target)]);
        Assert.Equal(2, future.ExitCode);
        Assert.Contains("newer HopeCase", future.Stderr, StringComparison.Ordinal);
        Assert.Contains("لم تتم الاستعادة", future.Stderr, StringComparison.Ordinal);

        // A SQLite installation does not take a PostgreSQL backup either.
        var sqlite = await AppCommand.RunAsync(AppCommandName.Restore, "--from", file, "--into", folder.File("restored"), $"--Backup:Key={_key}", $"--Installation:Id={_installation}");
        Assert.Equal(2, sqlite.ExitCode);
        Assert.Contains("Data:Provider", sqlite.Stderr, StringComparison.Ordinal);

        Assert.Equal(0, await TablesAsync(target));
        Assert.False(Directory.Exists(folder.File("restored")));
    }

    [Fact]
    public async Task Backup_without_a_key_exits_2_naming_the_setting_and_writes_no_file()
    {
        using var folder = new TempFolder("pg-backup-nokey");
        var source = PgCluster.Instance.NewMigratedDatabase("bnokey");
        var backup = await AppCommand.RunAsync(AppCommandName.Backup, "--to", folder.File("b.hcbak"), $"--Data:Folder={folder.File("data")}",
            "--Data:Provider=Postgres", $"--Data:ConnectionString={source}", $"--Installation:Id={_installation}");
        Assert.Equal(2, backup.ExitCode);
        Assert.Contains("Backup:Key", backup.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.File("b.hcbak")));
    }

    private static async Task<List<int>> RowsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT \"EntityId\" FROM \"AuditEntries\" WHERE \"Action\" = 'BackupTestRow'", connection);
        var rows = new List<int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(int.Parse(reader.GetString(0), System.Globalization.CultureInfo.InvariantCulture));
        }
        rows.Sort();
        return rows;
    }

    private static async Task<long> TablesAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
