using HopeCase.Core.Data;
using HopeCase.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Tests.Core.Data;

/// <summary>The sweep's wider page cache is for its batch only: the connection gets back the size it had.</summary>
public sealed class SqliteCacheTests
{
    [Fact]
    public async Task The_page_cache_is_widened_for_the_batch_and_restored_to_the_connections_own_size()
    {
        using var folder = new TempFolder("db");
        var dbs = await TestDb.MigratedAsync(DataSettings.Sqlite(folder.File("hopecase.db")));
        await using var db = await dbs.CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -3000;");
        await using (await SqliteCache.WidenAsync(db))
        {
            Assert.Equal(-64 * 1024, await CacheSizeAsync(db));
        }
        Assert.Equal(-3000, await CacheSizeAsync(db));
    }

    private static async Task<long> CacheSizeAsync(HopeDb db) =>
        await db.Database.SqlQueryRaw<long>("SELECT cache_size AS \"Value\" FROM pragma_cache_size").SingleAsync();
}
