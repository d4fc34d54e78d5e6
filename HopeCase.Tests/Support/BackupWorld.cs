using System.Security.Cryptography;
using HopeCase.Core.Audit;
using HopeCase.Core.Backup;
using HopeCase.Core.Security;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Tests.Support;

/// <summary>A real migrated data folder with audit rows, and the backup file of it, for the backup tests.</summary>
public sealed class BackupWorld : IDisposable
{
    private readonly TempFolder _folder = new("backup");

    public string Data => _folder.File("data");
    public string Target => _folder.File("restored");
    public string File => _folder.File("out/backup.hcbak");
    public BackupKey Key { get; } = BackupKey.Generate();
    public string Installation { get; } = Guid.NewGuid().ToString("N");

    public static async Task<BackupWorld> CreateAsync(int rows = 25)
    {
        var w = new BackupWorld();
        // The backup of a SQLite data folder (PostgreSQL: PostgresBackupTests, through the commands).
        var dbs = await TestDb.MigratedAsync(HopeCase.Core.Data.DataSettings.Sqlite(Path.Combine(w.Data, SqliteSnapshot.MainDatabase)));
        var audit = new AuditLog(dbs, TimeProvider.System);
        for (var i = 1; i <= rows; i++)
        {
            await audit.RecordAsync(Actor.System, "BackupTestRow", "Row", i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        Directory.CreateDirectory(Path.Combine(w.Data, "keys"));
        await System.IO.File.WriteAllTextAsync(Path.Combine(w.Data, "keys", "key-1.xml"), "<key/>");
        return w;
    }

    public Task<BackupHeader> BackupAsync(BackupKey? key = null) =>
        BackupFile.CreateAsync(new BackupSource(Installation, "Sqlite", (staging, ct) => SqliteSnapshot.TakeAsync(Data, staging, [], ct)), key ?? Key, File, TimeProvider.System);

    public Task<BackupHeader> RestoreAsync(BackupKey? key = null, string? installation = null) =>
        BackupFile.RestoreAsync(File, Target, key ?? Key, installation ?? Installation, Known(), CancellationToken.None);

    public static HashSet<string> Known()
    {
        using var db = TestDb.Factory(HopeCase.Core.Data.DataSettings.Sqlite(":memory:")).CreateDbContext();
        return db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
    }

    public string FileHash() => Convert.ToHexString(SHA256.HashData(System.IO.File.ReadAllBytes(File)));

    /// <summary>The entity ids of the audit rows the tests wrote, read straight from a SQLite file.</summary>
    public static async Task<List<int>> RowsAsync(string db)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT EntityId FROM AuditEntries WHERE Action = 'BackupTestRow';";
        var rows = new List<int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(int.Parse(reader.GetString(0), System.Globalization.CultureInfo.InvariantCulture));
        }
        rows.Sort();
        return rows;
    }

    public void Dispose() => _folder.Dispose();
}
