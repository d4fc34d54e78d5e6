using System.Net;
using HopeCase.Core.Audit;
using HopeCase.Core.Backup;
using HopeCase.Core.Security;
using HopeCase.Tests.Support;

namespace HopeCase.Tests.Web.Backup;

/// <summary>
/// The `backup` and `restore` commands as real processes beside the running app: a backup taken while rows are
/// being written holds every row committed before it started and no hole, and the app starts on the restored copy.
/// </summary>
public sealed class BackupCommandTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task A_backup_taken_while_writes_run_restores_every_committed_row_and_the_app_starts_on_the_copy()
    {
        using var folder = new TempFolder("backup-live");
        var data = folder.File("data");
        var key = BackupKey.Generate().ToBase64();
        var installation = Guid.NewGuid().ToString("N");
        string[] settings = [$"--Data:Folder={data}", $"--Backup:Key={key}", $"--Installation:Id={installation}"];
        await using (var app = AppProcess.Start(data, "Production", settings))
        {
            Assert.Equal(HttpStatusCode.OK, await app.WaitForHealthyAsync(Patience));

            // A writer beside the app, on the same file, committing one row after the other.
            // The app runs on its SQLite file here whatever the run's provider (PostgreSQL's backup: PostgresBackupTests).
            var audit = new AuditLog(TestDb.Factory(HopeCase.Core.Data.DataSettings.Sqlite(Path.Combine(data, SqliteSnapshot.MainDatabase))), TimeProvider.System);
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
            var backup = await AppCommand.RunAsync([AppCommandName.Backup, "--to", folder.File("copies"), .. settings]);
            var after = Volatile.Read(ref committed);
            await stop.CancelAsync();
            await writer;

            Assert.True(backup.ExitCode == 0, backup.Stdout + backup.Stderr);
            Assert.True(after > before, $"the writer kept writing during the backup ({before} → {after})");
        }

        var file = Assert.Single(Directory.GetFiles(folder.File("copies"), "*" + BackupHeader.FileExtension));
        var restore = await AppCommand.RunAsync(AppCommandName.Restore, "--from", file, "--into", folder.File("restored"), $"--Backup:Key={key}", $"--Installation:Id={installation}");
        Assert.True(restore.ExitCode == 0, restore.Stdout + restore.Stderr);
        Assert.Contains("integrity_check ok", restore.Stdout, StringComparison.Ordinal);

        await using var copy = AppProcess.Start(folder.File("restored"), "Production", $"--Installation:Id={installation}");
        Assert.Equal(HttpStatusCode.OK, await copy.WaitForHealthyAsync(Patience));
        var db = Path.Combine(folder.File("restored"), SqliteSnapshot.MainDatabase);
        var rows = await BackupWorld.RowsAsync(db);
        Assert.True(rows.Count >= 200, $"{rows.Count} rows restored");
        // Every row committed before the backup began, and no hole: the copy is one moment of the database.
        Assert.Equal(Enumerable.Range(1, rows.Count), rows);
        Assert.Equal("ok", await SqliteSnapshot.IntegrityAsync(db));
    }

    [Fact]
    public async Task Restore_with_a_wrong_key_exits_2_with_the_reason_and_writes_nothing()
    {
        using var w = await BackupWorld.CreateAsync();
        await w.BackupAsync();
        var before = w.FileHash();

        var restore = await AppCommand.RunAsync(AppCommandName.Restore, "--from", w.File, "--into", w.Target,
            $"--Backup:Key={BackupKey.Generate().ToBase64()}", "--installation", w.Installation);

        Assert.Equal(2, restore.ExitCode);
        Assert.Contains("لم تتم الاستعادة", restore.Stderr, StringComparison.Ordinal);
        Assert.Contains("is not the key this backup was encrypted with", restore.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(w.Target));
        Assert.Equal(before, w.FileHash());
    }

    [Fact]
    public async Task Backup_without_a_key_exits_2_naming_the_setting()
    {
        using var folder = new TempFolder("backup-nokey");
        var backup = await AppCommand.RunAsync(AppCommandName.Backup, "--to", folder.File("b.hcbak"), $"--Data:Folder={folder.File("data")}");
        Assert.Equal(2, backup.ExitCode);
        Assert.Contains("Backup:Key", backup.Stderr, StringComparison.Ordinal);
        Assert.Contains("مفتاح النسخ الاحتياطي", backup.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.File("b.hcbak")));
    }
}
