using HopeCase.Core.Audit;
using HopeCase.Core.Data;
using HopeCase.Core.Security;
using HopeCase.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Tests.Core.Data;

/// <summary>
/// Officers' audited reads taken in turns: reads that arrive while a turn runs share the next turn's transaction, each
/// with its own audit row; nothing is handed back before its turn has committed; one read's failure is its own.
/// </summary>
public sealed class AuditedReadTurnsTests
{
    private static readonly Actor Officer = new("u-1", "موظف", new HashSet<string> { HopeCase.Core.Staff.Roles.RelationsOfficer }, "127.0.0.1");

    private sealed record Setup(IDbContextFactory<HopeDb> Dbs, AuditLog Log, AuditedReadTurns Turns, TaskCompletionSource Started, TaskCompletionSource Gate, Task<int> First);

    // A first read that holds its turn open until the test lets it go, so the reads started meanwhile wait for the next turn.
    private static async Task<Setup> HeldAsync(TempFolder folder)
    {
        var dbs = await TestDb.MigratedAsync(folder.File("hopecase.db"));
        var log = new AuditLog(dbs, TimeProvider.System);
        var turns = new AuditedReadTurns(dbs);
        var (started, gate) = (new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        var first = turns.RunAsync(async (db, ct) =>
        {
            started.TrySetResult();
            await gate.Task;
            await log.AppendShownAsync(db, Officer, "Read0", "Beneficiary", [0], ct: ct);
            return 0;
        });
        await started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        return new Setup(dbs, log, turns, started, gate, first);
    }

    private static Func<HopeDb, CancellationToken, Task<int>> Reading(AuditLog log, int n) => async (db, ct) =>
    {
        await db.Beneficiaries.CountAsync(ct);
        await log.AppendShownAsync(db, Officer, $"Read{n}", "Beneficiary", [n], ct: ct);
        return n;
    };

    private static async Task<List<string>> ActionsAsync(IDbContextFactory<HopeDb> dbs)
    {
        await using var db = await dbs.CreateDbContextAsync();
        return await db.AuditEntries.Where(a => a.Action.StartsWith("Read")).OrderBy(a => a.Seq).Select(a => a.Action).ToListAsync();
    }

    [Fact]
    public async Task Reads_that_arrive_while_a_turn_runs_share_one_transaction_and_each_keeps_its_own_sealed_row()
    {
        using var folder = new TempFolder("turns");
        var s = await HeldAsync(folder);
        var later = Enumerable.Range(1, 10).Select(n => s.Turns.RunAsync(Reading(s.Log, n))).ToList();
        s.Gate.SetResult();

        Assert.Equal(0, await s.First);
        Assert.Equal(Enumerable.Range(1, 10), await Task.WhenAll(later));
        Assert.Equal(2, s.Turns.Turns);
        Assert.Equal(Enumerable.Range(0, 11).Select(n => $"Read{n}"), await ActionsAsync(s.Dbs));
        var check = await AuditVerifier.VerifyAsync(s.Dbs, Auditor.KeyOf(s.Dbs));
        Assert.True(check.Ok, check.ToString());

        // Once idle, a read runs at once in a turn of its own.
        Assert.Equal(11, await s.Turns.RunAsync(Reading(s.Log, 11)));
        Assert.Equal(3, s.Turns.Turns);
    }

    [Fact]
    public async Task A_read_is_handed_back_only_after_its_whole_turn_has_committed()
    {
        using var folder = new TempFolder("turns");
        var s = await HeldAsync(folder);
        var (bRan, cGate) = (new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        var b = s.Turns.RunAsync(async (db, ct) =>
        {
            var n = await Reading(s.Log, 1)(db, ct);
            bRan.SetResult();
            return n;
        });
        var c = s.Turns.RunAsync(async (db, ct) =>
        {
            await cGate.Task;
            return await Reading(s.Log, 2)(db, ct);
        });
        s.Gate.SetResult();
        await bRan.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await Task.Delay(200);

        // B's rows are read and its audit row written, but the turn has not committed: B is not handed back yet.
        Assert.False(b.IsCompleted);
        cGate.SetResult();
        Assert.Equal(1, await b);
        Assert.Equal(2, await c);
        Assert.Equal(["Read0", "Read1", "Read2"], await ActionsAsync(s.Dbs));
    }

    [Fact]
    public async Task A_read_that_fails_fails_alone_and_leaves_no_audit_row_while_the_others_of_its_turn_commit_once_each()
    {
        using var folder = new TempFolder("turns");
        var s = await HeldAsync(folder);
        var b = s.Turns.RunAsync(Reading(s.Log, 1));
        var c = s.Turns.RunAsync<int>(async (db, ct) =>
        {
            await Reading(s.Log, 2)(db, ct);
            throw new InvalidOperationException("the read failed");
        });
        var d = s.Turns.RunAsync(Reading(s.Log, 3));
        s.Gate.SetResult();

        Assert.Equal(0, await s.First);
        Assert.Equal(1, await b);
        Assert.Equal("the read failed", (await Assert.ThrowsAsync<InvalidOperationException>(() => c)).Message);
        Assert.Equal(3, await d);
        // The shared turn was rolled back whole and its reads run again, one transaction each: B and D once, C never.
        Assert.Equal(["Read0", "Read1", "Read3"], await ActionsAsync(s.Dbs));
        Assert.Equal(1 + 1 + 3, s.Turns.Turns);
        var check = await AuditVerifier.VerifyAsync(s.Dbs, Auditor.KeyOf(s.Dbs));
        Assert.True(check.Ok, check.ToString());
    }

    [Fact]
    public async Task A_read_whose_caller_has_gone_before_its_turn_is_not_run()
    {
        using var folder = new TempFolder("turns");
        var s = await HeldAsync(folder);
        using var gone = new CancellationTokenSource();
        var ran = false;
        var b = s.Turns.RunAsync(async (db, ct) =>
        {
            ran = true;
            return await Reading(s.Log, 1)(db, ct);
        }, gone.Token);
        var c = s.Turns.RunAsync(Reading(s.Log, 2));
        await gone.CancelAsync();
        s.Gate.SetResult();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => b);
        Assert.Equal(2, await c);
        Assert.False(ran);
        Assert.Equal(["Read0", "Read2"], await ActionsAsync(s.Dbs));
    }
}
