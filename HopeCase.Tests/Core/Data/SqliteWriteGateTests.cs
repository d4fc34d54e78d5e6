using HopeCase.Core.Data;
using HopeCase.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Tests.Core.Data;

/// <summary>
/// SQLite's writers in one process queue for the file (SqliteWriteGate): a waiting writer can be cancelled at once,
/// and a transaction lets the next one in when it ends by commit, by rollback or by being disposed unfinished.
/// </summary>
public sealed class SqliteWriteGateTests
{
    private static readonly TimeSpan Soon = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_writer_waiting_behind_another_is_cancelled_at_once()
    {
        using var folder = new TempFolder("gate");
        var dbs = await TestDb.MigratedAsync(TestDb.NewSettings(folder.File("hopecase.db"), DataProvider.Sqlite));
        await using var first = await dbs.CreateDbContextAsync();
        await using var held = await first.Database.BeginWriteAsync();

        await using var second = await dbs.CreateDbContextAsync();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        // Without the queue BEGIN IMMEDIATE would retry on the busy file for its 30 s timeout, deaf to the token.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => second.Database.BeginWriteAsync(cancel.Token));
        Assert.True(clock.Elapsed < Soon, $"cancelled after {clock.Elapsed}");
    }

    [Fact]
    public async Task Commit_rollback_and_an_unfinished_dispose_each_let_the_next_writer_in()
    {
        using var folder = new TempFolder("gate");
        var dbs = await TestDb.MigratedAsync(TestDb.NewSettings(folder.File("hopecase.db"), DataProvider.Sqlite));
        foreach (var end in new Func<Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction, Task>[]
                 {
                     tx => tx.CommitAsync(), tx => tx.RollbackAsync(), _ => Task.CompletedTask,
                 })
        {
            await using (var db = await dbs.CreateDbContextAsync())
            {
                await using var tx = await db.Database.BeginWriteAsync();
                await db.Database.ExecuteSqlRawAsync("CREATE TABLE IF NOT EXISTS GateProbe (N INTEGER); INSERT INTO GateProbe VALUES (1);");
                await end(tx);
            }
            await using var next = await dbs.CreateDbContextAsync();
            using var cancel = new CancellationTokenSource(Soon);
            await using var after = await next.Database.BeginWriteAsync(cancel.Token);
            await after.CommitAsync();
        }
        await using var check = await dbs.CreateDbContextAsync();
        Assert.Equal(1, await check.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS Value FROM GateProbe").SingleAsync());
    }

    [Fact]
    public async Task Writers_at_once_on_one_file_each_commit_once()
    {
        using var folder = new TempFolder("gate");
        var dbs = await TestDb.MigratedAsync(TestDb.NewSettings(folder.File("hopecase.db"), DataProvider.Sqlite));
        await using (var db = await dbs.CreateDbContextAsync())
        {
            await db.Database.ExecuteSqlRawAsync("CREATE TABLE GateProbe (N INTEGER); INSERT INTO GateProbe VALUES (0);");
        }
        await Task.WhenAll(Enumerable.Range(0, 40).Select(async _ =>
        {
            await using var db = await dbs.CreateDbContextAsync();
            await using var tx = await db.Database.BeginWriteAsync();
            var n = await db.Database.SqlQueryRaw<int>("SELECT N AS Value FROM GateProbe").SingleAsync();
            await db.Database.ExecuteSqlRawAsync("UPDATE GateProbe SET N = {0}", n + 1);
            await tx.CommitAsync();
        }));
        await using var check = await dbs.CreateDbContextAsync();
        Assert.Equal(40, await check.Database.SqlQueryRaw<int>("SELECT N AS Value FROM GateProbe").SingleAsync());
    }
}
