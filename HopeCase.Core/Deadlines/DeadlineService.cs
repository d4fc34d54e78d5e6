using HopeCase.Core.Committee;
using HopeCase.Core.Data;
using HopeCase.Core.LiveUpdates;
using HopeCase.Core.Messaging;
using HopeCase.Core.Organisation;
using HopeCase.Core.Requests;
using HopeCase.Core.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HopeCase.Core.Deadlines;

public sealed record SweepResult(int Examined, int Sent);

/// <summary>
/// Sends what the decision window calls for (P-6.5): the research officer's reminder, the chair's reminder and the
/// manager's escalation, each once per request, threshold and round. The unique notification key makes each effect
/// happen once however often the sweep or a request's own job runs; the next check (<see cref="NextDeadline"/>) only saves work.
/// </summary>
public sealed class DeadlineService(IDbContextFactory<HopeDb> dbs, TimeProvider clock, IOptions<PolicyOptions> policy, ChangeNotifier notifier)
{
    /// <summary>Requests per batch (smaller in tests, to run several batches).</summary>
    internal int BatchSize { get; set; } = 5000;

    /// <summary>When set, each batch adds the time of its phases (the benchmark prints them).</summary>
    internal SweepPhases? Phases { get; set; }

    /// <summary>Every request whose next threshold has passed, in batches by id.</summary>
    public async Task<SweepResult> SweepAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var (examined, sent, lastId) = (0, 0, 0);
        string? chair;
        StaffReminders.Recipients recipients;
        // Read once per run: the chair, and who asked for reminders by e-mail or SMS.
        await using (var db = await dbs.CreateDbContextAsync(ct))
        {
            chair = await CommitteeService.CurrentChairAsync(db, now, ct);
            recipients = await StaffReminders.LoadAsync(db, ct);
        }
        // The next batch is read and planned on a connection of its own while this one's reminders are written: the
        // write is the database's work, the plan the app's, and the two no longer wait for each other. A batch whose
        // write is refused and retried reads its own range again.
        var ahead = ReadAheadAsync(0, chair, now, ct);
        try
        {
            while (true)
            {
                var planned = await ahead;
                if (planned.Clocks.Count == 0)
                {
                    break;
                }
                var (from, to) = (lastId, planned.Clocks[^1].Id);
                ahead = ReadAheadAsync(to, chair, now, ct);
                PlannedBatch? first = planned;
                var (count, effects) = await WithRetryAsync(async db =>
                {
                    var batch = first ?? Plan(await DueClocks.ReadAsync(db, now, from, BatchSize, ct, upToId: to), chair, now);
                    first = null;
                    return await WriteAsync(db, batch, recipients, now, ct);
                }, ct);
                (examined, sent, lastId) = (examined + count, sent + effects, to);
            }
        }
        finally
        {
            // Not left running past the sweep when a write failed for good.
            await Task.WhenAny(ahead);
        }
        if (sent > 0)
        {
            await notifier.PublishAsync(ChangeTopic.Deadlines);
        }
        return new SweepResult(examined, sent);
    }

    private Task<PlannedBatch> ReadAheadAsync(int afterId, string? chair, DateTimeOffset now, CancellationToken ct) => Task.Run(async () =>
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        List<DeadlineClock> clocks;
        await using (var db = await dbs.CreateDbContextAsync(ct))
        {
            clocks = await DueClocks.ReadAsync(db, now, afterId, BatchSize, ct);
        }
        Phases?.Add("read requests", watch);
        var planned = Plan(clocks, chair, now);
        Phases?.Add("plan", watch);
        return planned;
    }, ct);

    /// <summary>One request's own scheduled check; returns the next instant to check it, if any.</summary>
    public async Task<DateTimeOffset?> CheckRequestAsync(int requestId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        string? chair;
        StaffReminders.Recipients recipients;
        await using (var db = await dbs.CreateDbContextAsync(ct))
        {
            chair = await CommitteeService.CurrentChairAsync(db, now, ct);
            recipients = await StaffReminders.LoadAsync(db, ct);
        }
        var (_, effects) = await WithRetryAsync(async db => await WriteAsync(db, Plan(await db.Requests.AsNoTracking().Where(r => r.Id == requestId)
            .Select(r => new DeadlineClock(r.Id, r.NextCheck == null ? -1 : r.NextCheck.RequestVersion, r.ClockRound, r.Status, r.SubmittedAt,
                r.DueAt, r.PausedSince, r.PausedFor, r.Reference, r.AssignedResearcherId, r.NextCheck == null ? null : r.NextCheck.At)).ToListAsync(ct), chair, now), recipients, now, ct), ct);
        if (effects > 0)
        {
            await notifier.PublishAsync(ChangeTopic.Deadlines);
        }
        await using var read = await dbs.CreateDbContextAsync(ct);
        var request = await read.Requests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId, ct);
        return request is null ? null : DeadlinePlan.Next(request, policy.Value, now);
    }

    /// <summary>A batch of clocks (only the columns the plan reads), the reminders due for them, and each one's next check.</summary>
    /// <param name="New">No reminder falls before its request's next check: none can have been written yet, but for a race.</param>
    private sealed record PlannedBatch(List<DeadlineClock> Clocks, List<StaffNotification> Notices, List<(object Key, object Token, object? Value)> Next, bool New);

    private PlannedBatch Plan(List<DeadlineClock> batch, string? chair, DateTimeOffset now)
    {
        var notices = new List<StaffNotification>();
        var fresh = true;
        foreach (var r in batch)
        {
            foreach (var e in DeadlinePlan.DueAt(r, policy.Value, now))
            {
                var (user, role) = e.Kind switch
                {
                    NotificationKind.ResearchReminder => r.AssignedResearcherId is { } id ? (id, (string?)null) : (null, Roles.ResearchOfficer),
                    NotificationKind.ChairReminder => chair is { } c ? (c, null) : (null, Roles.CommitteeMember),
                    _ => ((string?)null, Roles.Manager),
                };
                notices.Add(new StaffNotification(e.Key, e.Kind, r.Id, r.Reference, user, role, now, e.Day));
                fresh &= r.NextAt is { } check && e.At >= check;
            }
        }
        var next = batch.Select(r => ((object)r.Id, (object)r.Version, (object?)DeadlinePlan.Next(r, policy.Value, now))).ToList();
        return new PlannedBatch(batch, notices, next, fresh);
    }

    private async Task<(int Count, int Effects)> WriteAsync(HopeDb db, PlannedBatch batch, StaffReminders.Recipients recipients, DateTimeOffset now, CancellationToken ct)
    {
        if (batch.Clocks.Count == 0)
        {
            return (0, 0);
        }
        var watch = System.Diagnostics.Stopwatch.StartNew();
        // In bulk, in one transaction: the reminders as multi-row inserts that skip a key already written (by an
        // earlier run, or by another node sweeping at the same moment: the unique key decides), their e-mail / SMS
        // copies the same way, then every request's next check (its narrow row in RequestNextDeadlines) as one UPDATE
        // guarded by the request's version the row holds, so a request a person moved meanwhile keeps theirs.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await using var cache = await SqliteCache.WidenAsync(db, ct);
        var written = await BulkInsert.InsertNewAsync(db, nameof(StaffNotification.Key), batch.Notices, batch.New, ct);
        var added = batch.Notices.Where(n => written.Contains(n.Key)).ToList();
        Phases?.Add("insert notices", watch);
        await BulkInsert.InsertNewAsync(db, nameof(OutboxMessage.IdempotencyKey), StaffReminders.Messages(recipients, added, now), ct: ct);
        Phases?.Add("insert outbox copies", watch);
        await BulkUpdate.SetAsync<NextDeadline>(db, nameof(NextDeadline.RequestId), nameof(NextDeadline.RequestVersion), nameof(NextDeadline.At), batch.Next, ct);
        Phases?.Add("update next checks", watch);
        await tx.CommitAsync(ct);
        Phases?.Add("commit", watch);
        return (batch.Clocks.Count, added.Count);
    }

    /// <summary>
    /// A write the database refuses (a lock held too long by another node, a row changed under it) rolls the batch back;
    /// it is read again and redone, and the keys already written are skipped.
    /// </summary>
    private async Task<T> WithRetryAsync<T>(Func<HopeDb, Task<T>> work, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbs.CreateDbContextAsync(ct);
            try
            {
                return await work(db);
            }
            catch (Exception e) when (e is DbUpdateException or System.Data.Common.DbException && attempt < 5)
            {
                // Read again and redo.
            }
        }
    }
}
