using System.Data.Common;
using HopeCase.Core.Data;
using HopeCase.Core.Deadlines;
using HopeCase.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace HopeCase.Tests.Core.Deadlines;

/// <summary>
/// The sweep reads and plans the next batch while it writes this one. A batch whose write the database refuses is
/// rolled back, read again over its own range and written again: every reminder once, every next check moved.
/// </summary>
[Collection(HangfireCoreCollection.Name)]
public sealed class SweepRetryTests
{
    private sealed class Refused() : DbException("the database refused the commit (test)");

    /// <summary>Refuses every other commit: each batch's first attempt.</summary>
    private sealed class RefuseFirstCommits : DbTransactionInterceptor
    {
        public int Commits;

        public override ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData,
            InterceptionResult result, CancellationToken cancellationToken = default) =>
            Interlocked.Increment(ref Commits) % 2 == 1 ? throw new Refused() : base.TransactionCommittingAsync(transaction, eventData, result, cancellationToken);
    }

    [Fact]
    public async Task A_batch_refused_at_commit_is_read_again_over_its_own_range_and_written_once()
    {
        await using var w = await ResearchWorld.CreateAsync();
        var ids = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await w.SubmittedAsync(i + 1));
        }
        w.Intake.Clock.Advance(TimeSpan.FromDays(7.5));

        DataSettings settings;
        await using (var db = await w.Intake.Dbs.CreateDbContextAsync())
        {
            settings = new DataSettings(db.Database.IsNpgsql() ? DataProvider.Postgres : DataProvider.Sqlite, db.Database.GetConnectionString()!);
        }
        var refuse = new RefuseFirstCommits();
        var sweep = new DeadlineService(TestDb.Factory(settings, refuse), w.Intake.Clock, Options.Create(w.Intake.Policy), w.Intake.Notifier) { BatchSize = 2 };
        var result = await sweep.SweepAsync();

        // Three batches (2, 2, 1), each committed on its second attempt.
        Assert.Equal(6, refuse.Commits);
        Assert.Equal(new SweepResult(5, 5), result);
        foreach (var id in ids)
        {
            var sent = await w.NotificationsAsync(id);
            Assert.Equal(NotificationKind.ResearchReminder, Assert.Single(sent).Kind);
            var r = await w.RequestAsync(id);
            Assert.True(r.NextDeadlineAt > w.Intake.Clock.GetUtcNow(), $"request {id}: the next check was not moved past now");
        }
        // Nothing was left due: a second run finds nothing to do.
        Assert.Equal(new SweepResult(0, 0), await new DeadlineService(w.Intake.Dbs, w.Intake.Clock, Options.Create(w.Intake.Policy), w.Intake.Notifier).SweepAsync());
    }
}
