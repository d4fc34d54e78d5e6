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
        while (true)
        {
            var (count, effects, last) = await WithRetryAsync(db => ProcessBatchAsync(db, () => DueClocks.ReadAsync(db, now, lastId, BatchSize, ct),
                chair, recipients, now, ct), ct);
            if (count == 0)
            {
                break;
            }
            (examined, sent, lastId) = (examined + count, sent + effects, last);
        }
        if (sent > 0)
        {
            await notifier.PublishAsync(ChangeTopic.Deadlines);
        }
        return new SweepResult(examined, sent);
    }

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
        var (_, effects, _) = await WithRetryAsync(db => ProcessBatchAsync(db, () => db.Requests.AsNoTracking().Where(r => r.Id == requestId)
            .Select(r => new DeadlineClock(r.Id, r.NextCheck == null ? -1 : r.NextCheck.RequestVersion, r.ClockRound, r.Status, r.SubmittedAt,
                r.DueAt, r.PausedSince, r.PausedFor, r.Reference, r.AssignedResearcherId)).ToListAsync(ct), chair, recipients, now, ct), ct);
        if (effects > 0)
        {
            await notifier.PublishAsync(ChangeTopic.Deadlines);
        }
        await using var read = await dbs.CreateDbContextAsync(ct);
        var request = await read.Requests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId, ct);
        return request is null ? null : DeadlinePlan.Next(request, policy.Value, now);
    }

    /// <param name="read">Only the columns the plan reads, no entity and no change tracking.</param>
    private async Task<(int Count, int Effects, int LastId)> ProcessBatchAsync(HopeDb db, Func<Task<List<DeadlineClock>>> read,
        string? chair, StaffReminders.Recipients recipients, DateTimeOffset now, CancellationToken ct)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var batch = await read();
        Phases?.Add("read requests", watch);
        if (batch.Count == 0)
        {
            return (0, 0, 0);
        }
        var planned = batch.SelectMany(r => DeadlinePlan.DueAt(r, policy.Value, now).Select(e => (Request: r, Effect: e))).ToList();
        var notices = new List<StaffNotification>(planned.Count);
        foreach (var (r, e) in planned)
        {
            var (user, role) = e.Kind switch
            {
                NotificationKind.ResearchReminder => r.AssignedResearcherId is { } id ? (id, (string?)null) : (null, Roles.ResearchOfficer),
                NotificationKind.ChairReminder => chair is { } c ? (c, null) : (null, Roles.CommitteeMember),
                _ => ((string?)null, Roles.Manager),
            };
            notices.Add(new StaffNotification(e.Key, e.Kind, r.Id, r.Reference, user, role, now, e.Day));
        }
        Phases?.Add("plan", watch);
        // In bulk, in one transaction: the reminders as multi-row inserts that skip a key already written (by an
        // earlier run, or by another node sweeping at the same moment: the unique key decides), their e-mail / SMS
        // copies the same way, then every request's next check (its narrow row in RequestNextDeadlines) as one UPDATE
        // guarded by the request's version the row holds, so a request a person moved meanwhile keeps theirs.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await using var cache = await SqliteCache.WidenAsync(db, ct);
        var written = await BulkInsert.InsertNewAsync(db, nameof(StaffNotification.Key), notices, ct);
        var added = notices.Where(n => written.Contains(n.Key)).ToList();
        Phases?.Add("insert notices", watch);
        await BulkInsert.InsertNewAsync(db, nameof(OutboxMessage.IdempotencyKey), StaffReminders.Messages(recipients, added, now), ct);
        Phases?.Add("insert outbox copies", watch);
        var next = batch.Select(r => ((object)r.Id, (object)r.Version, (object?)DeadlinePlan.Next(r, policy.Value, now))).ToList();
        await BulkUpdate.SetAsync<NextDeadline>(db, nameof(NextDeadline.RequestId), nameof(NextDeadline.RequestVersion), nameof(NextDeadline.At), next, ct);
        Phases?.Add("update next checks", watch);
        await tx.CommitAsync(ct);
        Phases?.Add("commit", watch);
        return (batch.Count, added.Count, batch[^1].Id);
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
