using HopeCase.Core.Data;
using HopeCase.Core.Requests;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace HopeCase.Benchmarks;

/// <summary>A fresh, migrated HopeCase database in its own temporary folder, removed again when disposed.</summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string _folder;

    private BenchDatabase(string folder, IDbContextFactory<HopeDb> dbs) => (_folder, Dbs) = (folder, dbs);

    public IDbContextFactory<HopeDb> Dbs { get; }

    public string File => Path.Combine(_folder, "hopecase.db");

    public static async Task<BenchDatabase> CreateAsync(string name, bool withCatalogue)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"hopecase-{name}-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var options = new DbContextOptionsBuilder<HopeDb>();
        HopeDatabase.Configure(options, Path.Combine(folder, "hopecase.db"));
        var dbs = new PooledDbContextFactory<HopeDb>(options.Options);
        await HopeDatabase.PrepareAsync(dbs);
        if (withCatalogue)
        {
            await DefaultCatalogue.EnsureAsync(dbs);
        }
        return new BenchDatabase(folder, dbs);
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
