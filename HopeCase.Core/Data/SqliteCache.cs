using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Data;

/// <summary>
/// A larger page cache on this connection for one big write transaction (SQLite's default is 2 MB): the pages it
/// changes stay in memory until the commit writes them to the WAL once, instead of spilling to the WAL half way and
/// being written again. Durability is unchanged (the commit syncs the WAL as always); disposing restores the default,
/// as the connection goes back to the pool. Does nothing on PostgreSQL.
/// </summary>
public sealed class SqliteCache : IAsyncDisposable
{
    /// <summary>In KiB (a negative cache_size is KiB).</summary>
    private const int WideKib = 64 * 1024;

    private readonly HopeDb? _db;

    private SqliteCache(HopeDb? db) => _db = db;

    public static async Task<SqliteCache> WidenAsync(HopeDb db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!db.Database.IsSqlite())
        {
            return new SqliteCache(null);
        }
        await db.Database.ExecuteSqlRawAsync($"PRAGMA cache_size = -{WideKib};", ct);
        return new SqliteCache(db);
    }

    public async ValueTask DisposeAsync()
    {
        if (_db is not null)
        {
            await _db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -2000;");
        }
    }
}
