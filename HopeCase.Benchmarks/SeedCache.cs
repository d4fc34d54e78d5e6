using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using HopeCase.Core.Audit;
using HopeCase.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace HopeCase.Benchmarks;

/// <summary>
/// A seeded SQLite file kept between runs in artifacts/bench (or HOPECASE_BENCH_DIR) as NAME-VERSION.db, where the
/// version is a hash of the seed's own version string, the model's last migration and whatever the caller adds
/// (for search: the match tokens of sample names, so a change to the normalisation reseeds). A file without its
/// ".complete" marker (a seed stopped half way) or of another version is deleted and seeded again.
/// </summary>
internal static class SeedCache
{
    private static readonly string[] Suffixes = ["", "-wal", "-shm"];

    public static async Task<(IDbContextFactory<HopeDb> Dbs, string File)> OpenAsync(string name, string version, Func<IDbContextFactory<HopeDb>, Task<string>> seed)
    {
        var folder = Path.GetFullPath(Environment.GetEnvironmentVariable("HOPECASE_BENCH_DIR") ?? Path.Combine("artifacts", "bench"));
        Directory.CreateDirectory(folder);
        var probe = new DbContextOptionsBuilder<HopeDb>();
        HopeDatabase.Configure(probe, ":memory:");
        string lastMigration;
        await using (var db = new HopeDb(probe.Options))
        {
            lastMigration = db.Database.GetMigrations().Last();
        }
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(version + "|" + lastMigration)))[..10].ToLowerInvariant();
        var file = Path.Combine(folder, $"{name}-{hash}.db");
        var done = file + ".complete";
        SqliteConnection.ClearAllPools();
        foreach (var stale in Directory.GetFiles(folder, name + "-*").Where(f => !File.Exists(done) || !Path.GetFileName(f).StartsWith(Path.GetFileName(file), StringComparison.Ordinal)))
        {
            File.Delete(stale);
        }
        var options = new DbContextOptionsBuilder<HopeDb>();
        HopeDatabase.Configure(options, file);
        var dbs = new PooledDbContextFactory<HopeDb>(options.Options);
        await HopeDatabase.PrepareAsync(dbs);
        if (File.Exists(done))
        {
            Console.WriteLine($"using the cached seed {file}");
            return (dbs, file);
        }
        var sw = Stopwatch.StartNew();
        var what = await seed(dbs);
        await using (var db = await dbs.CreateDbContextAsync())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        }
        await File.WriteAllTextAsync(done, DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture) + " " + what);
        Console.WriteLine($"seeded {what} in {sw.Elapsed.TotalSeconds:F1} s into {file} ({new FileInfo(file).Length / 1024.0 / 1024.0:F0} MB); kept for the next run");
        return (dbs, file);
    }

    /// <summary>
    /// A working copy of the cached seed in a temporary folder, for a benchmark that writes (the sweep's reminders), so
    /// the cached file stays as seeded; the folder is removed when the copy is disposed.
    /// </summary>
    private static async Task<WorkingCopy> OpenCopyAsync(string name, string version, Func<IDbContextFactory<HopeDb>, Task<string>> seed)
    {
        var (_, file) = await OpenAsync(name, version, seed);
        SqliteConnection.ClearAllPools();
        var folder = Path.Combine(Path.GetTempPath(), $"hopecase-{name}-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        foreach (var suffix in Suffixes.Where(x => File.Exists(file + x)))
        {
            File.Copy(file + suffix, Path.Combine(folder, "hopecase.db" + suffix));
        }
        var key = AuditChainKey.FileBeside(file);
        if (File.Exists(key))
        {
            File.Copy(key, AuditChainKey.FileBeside(Path.Combine(folder, "hopecase.db")));
        }
        var copy = Path.Combine(folder, "hopecase.db");
        var options = new DbContextOptionsBuilder<HopeDb>();
        HopeDatabase.Configure(options, copy);
        var dbs = new PooledDbContextFactory<HopeDb>(options.Options);
        await HopeDatabase.PrepareAsync(dbs);
        return new WorkingCopy(folder, dbs);
    }

    /// <summary>
    /// On SQLite the working copy of the cached seed; on PostgreSQL (<c>--provider Postgres</c>) a fresh database of
    /// <see cref="BenchDatabase"/>, seeded raw each run (nothing is cached on a server).
    /// </summary>
    public static async Task<WorkingCopy> OpenForProviderAsync(string name, string version, Func<IDbContextFactory<HopeDb>, Task<string>> seed)
    {
        if (BenchDatabase.Provider != DataProvider.Postgres)
        {
            return await OpenCopyAsync(name, version, seed);
        }
        var database = await BenchDatabase.CreateAsync(name, withCatalogue: false);
        var sw = Stopwatch.StartNew();
        var what = await seed(database.Dbs);
        Console.WriteLine($"seeded {what} in {sw.Elapsed.TotalSeconds:F1} s into a fresh PostgreSQL database");
        return new WorkingCopy(null, database.Dbs, database);
    }

    public sealed class WorkingCopy(string? folder, IDbContextFactory<HopeDb> dbs, BenchDatabase? database = null) : IAsyncDisposable
    {
        public IDbContextFactory<HopeDb> Dbs { get; } = dbs;

        /// <summary>The folder holding hopecase.db (and its audit chain key) on SQLite; null on PostgreSQL.</summary>
        public string? Folder => folder;

        /// <summary>The fresh database's connection string on PostgreSQL; null on SQLite.</summary>
        public string? PostgresConnectionString => database?.ConnectionString;

        public async ValueTask DisposeAsync()
        {
            if (database is not null)
            {
                await database.DisposeAsync();
            }
            if (folder is not null)
            {
                SqliteConnection.ClearAllPools();
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
