using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Data;

/// <summary>
/// A larger page cache on this connection for one big write transaction (SQLite's default is 2 MB): the pages it
/// changes stay in memory until the commit writes them to the WAL once, instead of spilling to the WAL half way and
/// being written again. Durability is unchanged (the commit syncs the WAL as always); disposing restores the size the
/// connection had before (read first, not assumed), as the connection goes back to the pool. Does nothing on PostgreSQL.
/// </summary>
public sealed class SqliteCache : IAsyncDisposable
{
    /// <summary>In KiB (a negative cache_size is KiB).</summary>
    private const int WideKib = 64 * 1024;

    private readonly HopeDb? _db;
    private readonly long _before;

    private SqliteCache(HopeDb? db, long before) => (_db, _before) = (db, before);

    public static async Task<SqliteCache> WidenAsync(HopeDb db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!db.Database.IsSqlite())
        {
            return new SqliteCache(null, 0);
        }
        var before = await db.Database.SqlQueryRaw<long>("SELECT cache_size AS \"Value\" FROM pragma_cache_size").SingleAsync(ct);
        await db.Database.ExecuteSqlRawAsync($"PRAGMA cache_size = -{WideKib};", ct);
        return new SqliteCache(db, before);
    }

    public async ValueTask DisposeAsync()
    {
        if (_db is not null)
        {
            // PRAGMA takes no parameter; the value is a whole number read from the connection itself.
            await _db.Database.OpenConnectionAsync();
            try
            {
                await using var command = _db.Database.GetDbConnection().CreateCommand();
                command.CommandText = "PRAGMA cache_size = " + _before.ToString(System.Globalization.CultureInfo.InvariantCulture) + ";";
                await command.ExecuteNonQueryAsync();
            }
            finally
            {
                await _db.Database.CloseConnectionAsync();
            }
        }
    }
}
