using HopeCase.Core.Data;
using HopeCase.Core.Deadlines;
using HopeCase.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Tests.Core.Data;

/// <summary>
/// Rows written only if their key is free. A caller that expects its keys to be new (the sweep, for effects that fall
/// after the request's next check) gets a plain insert first on PostgreSQL; a key that is there after all, or twice in
/// the rows, must still be skipped, not refused, and the caller's transaction must go on.
/// </summary>
public sealed class BulkInsertTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

    private static StaffNotification Notice(string key) => new(key, NotificationKind.Escalation, null, "REQ-1", null, "Manager", At, 15);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Keys_already_there_or_given_twice_are_skipped_and_the_transaction_goes_on(bool expectNew)
    {
        using var folder = new TempFolder("db");
        var dbs = await TestDb.MigratedAsync(folder.File("hopecase.db"));
        await using (var db = await dbs.CreateDbContextAsync())
        {
            Assert.Equal(["a", "b"], (await BulkInsert.InsertNewAsync(db, nameof(StaffNotification.Key), [Notice("a"), Notice("b")])).Order());
        }

        await using (var db = await dbs.CreateDbContextAsync())
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            var written = await BulkInsert.InsertNewAsync(db, nameof(StaffNotification.Key), [Notice("b"), Notice("c"), Notice("d"), Notice("d")], expectNew);
            Assert.Equal(["c", "d"], written.Order());
            // The transaction is still usable after a refused plain insert: a later write in it commits with the rest.
            Assert.Equal(["e"], await BulkInsert.InsertNewAsync(db, nameof(StaffNotification.Key), [Notice("e")], expectNew));
            await tx.CommitAsync();
        }

        await using (var db = await dbs.CreateDbContextAsync())
        {
            var keys = await db.StaffNotifications.Select(n => n.Key).ToListAsync();
            Assert.Equal(["a", "b", "c", "d", "e"], keys.Order());
        }
    }

    [Fact]
    public async Task New_keys_without_a_transaction_are_all_written_and_returned()
    {
        using var folder = new TempFolder("db");
        var dbs = await TestDb.MigratedAsync(folder.File("hopecase.db"));
        await using var db = await dbs.CreateDbContextAsync();
        var rows = Enumerable.Range(0, 500).Select(i => Notice($"k{i:000}")).ToList();
        var written = await BulkInsert.InsertNewAsync(db, nameof(StaffNotification.Key), rows, expectNew: true);
        Assert.Equal(rows.Select(r => r.Key), written.Order());
        Assert.Equal(500, await db.StaffNotifications.CountAsync());
        // Again, expected new but all there: nothing written, nothing refused.
        Assert.Empty(await BulkInsert.InsertNewAsync(db, nameof(StaffNotification.Key), rows, expectNew: true));
        Assert.Equal(500, await db.StaffNotifications.CountAsync());
    }
}
