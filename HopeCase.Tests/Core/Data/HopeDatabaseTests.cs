using System.Security.Cryptography;
using HopeCase.Core.Data;
using HopeCase.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Tests.Core.Data;

public class HopeDatabaseTests
{
    [Fact]
    public async Task A_new_file_is_migrated_in_wal_mode_with_foreign_keys_on()
    {
        using var folder = new TempFolder("db");
        var path = folder.File("hopecase.db");
        var dbs = await TestDb.MigratedAsync(DataSettings.Sqlite(path));

        await using var db = await dbs.CreateDbContextAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        Assert.Equal("wal", await Scalar(connection, "PRAGMA journal_mode;"));
        Assert.Equal(1L, await Scalar(connection, "PRAGMA foreign_keys;"));
        Assert.Equal((long)HopeDatabase.ApplicationId, await Scalar(connection, "PRAGMA application_id;"));
    }

    [Fact]
    public async Task Preparing_twice_is_harmless()
    {
        using var folder = new TempFolder("db");
        var dbs = await TestDb.MigratedAsync(DataSettings.Sqlite(folder.File("hopecase.db")));
        await HopeDatabase.PrepareAsync(dbs);
        await using var db = await dbs.CreateDbContextAsync();
        Assert.Equal(0, await db.Beneficiaries.CountAsync());
    }

    [Fact]
    public async Task A_start_killed_while_holding_efs_migration_lock_does_not_stop_the_next_start()
    {
        using var folder = new TempFolder("db");
        var path = folder.File("hopecase.db");
        var dbs = await TestDb.MigratedAsync(DataSettings.Sqlite(path));
        // What a start killed inside MigrateAsync leaves: EF Core's lock row, with nobody alive to delete it.
        await using (var db = await dbs.CreateDbContextAsync())
        {
            await db.Database.ExecuteSqlRawAsync("CREATE TABLE IF NOT EXISTS \"__EFMigrationsLock\" (\"Id\" INTEGER NOT NULL CONSTRAINT \"PK___EFMigrationsLock\" PRIMARY KEY, \"Timestamp\" TEXT NOT NULL);");
            await db.Database.ExecuteSqlRawAsync("INSERT INTO \"__EFMigrationsLock\" (\"Id\", \"Timestamp\") VALUES (1, '2026-12-04 18:00:00');");
        }

        // Before the guard, this start waited for the row for ever.
        await HopeDatabase.PrepareAsync(dbs).WaitAsync(TimeSpan.FromSeconds(60));

        await using (var db = await dbs.CreateDbContextAsync())
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            Assert.Equal(0L, await Scalar(connection, "SELECT count(*) FROM \"__EFMigrationsLock\";"));
        }
    }

    [Fact]
    public async Task A_start_waits_while_another_live_process_prepares_the_same_file()
    {
        using var folder = new TempFolder("db");
        var path = folder.File("hopecase.db");
        var dbs = await TestDb.MigratedAsync(DataSettings.Sqlite(path));

        Task start;
        using (await SqliteMigrationGuard.AcquireAsync(path, TimeSpan.FromSeconds(1)))
        {
            start = HopeDatabase.PrepareAsync(dbs);
            await Task.Delay(TimeSpan.FromSeconds(1));
            Assert.False(start.IsCompleted);
        }
        await start.WaitAsync(TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task A_file_that_is_not_sqlite_is_refused_and_left_untouched()
    {
        using var folder = new TempFolder("db");
        var path = folder.File("hopecase.db");
        await File.WriteAllTextAsync(path, "these are somebody's notes, not a database");
        var before = Hash(path);

        var ex = await Assert.ThrowsAsync<DatabaseStartupException>(() => HopeDatabase.PrepareAsync(TestDb.Factory(DataSettings.Sqlite(path))));

        Assert.Contains("not a SQLite database", ex.Message, StringComparison.Ordinal);
        Assert.Equal(before, Hash(path));
        Assert.Single(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public async Task Another_applications_sqlite_file_is_refused_and_left_untouched()
    {
        using var folder = new TempFolder("db");
        var path = folder.File("hopecase.db");
        await using (var other = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await other.OpenAsync();
            await using var create = other.CreateCommand();
            create.CommandText = "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoices (total) VALUES (12.5);";
            await create.ExecuteNonQueryAsync();
        }
        var before = Hash(path);

        var ex = await Assert.ThrowsAsync<DatabaseStartupException>(() => HopeDatabase.PrepareAsync(TestDb.Factory(DataSettings.Sqlite(path))));

        Assert.Contains("not a HopeCase database", ex.Message, StringComparison.Ordinal);
        Assert.Equal(before, Hash(path));
    }

    [Fact]
    public async Task A_database_from_a_newer_version_is_refused_and_left_untouched()
    {
        using var folder = new TempFolder("db");
        var path = folder.File("hopecase.db");
        var dbs = await TestDb.MigratedAsync(DataSettings.Sqlite(path));
        await using (var db = await dbs.CreateDbContextAsync())
        {
            await db.Database.ExecuteSqlRawAsync("INSERT INTO __EFMigrationsHistory (MigrationId, ProductVersion) VALUES ('29991231000000_FromTheFuture', '99.0.0');");
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        }
        SqliteConnection.ClearAllPools();
        var before = Hash(path);

        var ex = await Assert.ThrowsAsync<DatabaseStartupException>(() => HopeDatabase.PrepareAsync(TestDb.Factory(DataSettings.Sqlite(path))));

        Assert.Contains("newer version of HopeCase", ex.Message, StringComparison.Ordinal);
        Assert.Contains("29991231000000_FromTheFuture", ex.Message, StringComparison.Ordinal);
        Assert.Equal(before, Hash(path));
    }

    [Fact]
    public async Task Foreign_keys_are_enforced()
    {
        using var folder = new TempFolder("db");
        var dbs = await TestDb.MigratedAsync(DataSettings.Sqlite(folder.File("hopecase.db")));
        await using var db = await dbs.CreateDbContextAsync();
        var ex = await Assert.ThrowsAsync<SqliteException>(() =>
            db.Database.ExecuteSqlRawAsync("INSERT INTO AspNetUserRoles (UserId, RoleId) VALUES ('nobody', 'no-role');"));
        Assert.Contains("FOREIGN KEY", ex.Message, StringComparison.Ordinal);
    }

    private static async Task<object?> Scalar(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
