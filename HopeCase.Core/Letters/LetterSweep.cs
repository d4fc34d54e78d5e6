using System.Globalization;
using HopeCase.Core.Committee;
using HopeCase.Core.Data;
using HopeCase.Core.Requests;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Letters;

/// <summary>
/// Makes the letters a move implies durable (issue 11): the move queues its letter only after its commit, so a process
/// killed between the two (or a job store that lost the job with its node) would lose it. Each such move leaves a record
/// written in the same transaction as the move, which is the pending-work record:
/// a receipt, the move's audit entry (RequestSubmitted / RequestVerified); a decision letter, the committee decision
/// that answers (accepted, rejected, information needed); a withdrawal letter, the timeline line into Withdrawn.
/// This sweep (a recurring job, and once at every node's start-up) queues the letter of every such record of the last
/// <see cref="Window"/> that has no letter under its key yet and is older than <see cref="Grace"/> (the normal path's
/// job has had its chance). The letter job is once per key, so a letter queued twice, or by two nodes, is still issued once.
/// </summary>
public sealed class LetterSweep(IDbContextFactory<HopeDb> dbs, LetterSource source, ILetterQueue letters, TimeProvider clock)
{
    public const string RecurringId = "letter-sweep";

    /// <summary>The id the sweep had when it swept receipts only; removed from the job store at start-up.</summary>
    public const string FormerRecurringId = "receipt-sweep";

    public static readonly TimeSpan Grace = TimeSpan.FromMinutes(2);

    public static readonly TimeSpan Window = TimeSpan.FromDays(7);

    private static readonly string[] ReceiptMoves = ["RequestSubmitted", "RequestVerified"];

    private static readonly DecisionKind[] Answers = [DecisionKind.Accepted, DecisionKind.Rejected, DecisionKind.NeedsInfo];

    /// <summary>Queues the missing letters; returns how many.</summary>
    public async Task<int> SweepAsync(CancellationToken ct = default)
    {
        var keys = await PendingKeysAsync(ct);
        if (keys.Count == 0)
        {
            return 0;
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var issued = (await db.Letters.AsNoTracking().Where(l => l.IdempotencyKey != null && keys.Contains(l.IdempotencyKey)).Select(l => l.IdempotencyKey!).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        var queued = 0;
        foreach (var key in keys.Where(k => !issued.Contains(k)))
        {
            letters.Enqueue(key, await source.BuildAsync(key, ct));
            queued++;
        }
        return queued;
    }

    /// <summary>The keys of every letter a move of the window implies, oldest kinds first: receipts, decisions, withdrawals.</summary>
    private async Task<List<string>> PendingKeysAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var (from, to) = (now - Window, now - Grace);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var moved = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == "SupportRequest" && ReceiptMoves.Contains(a.Action) && a.At >= from && a.At <= to)
            .Select(a => a.EntityId).Distinct().ToListAsync(ct);
        var ids = moved.Select(e => int.TryParse(e, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0).Where(id => id > 0).ToList();
        var receipts = await db.Requests.AsNoTracking().Where(r => ids.Contains(r.Id) && r.Reference != null && r.SubmittedAt != null && r.DueAt != null)
            .Select(r => r.Id).ToListAsync(ct);
        var decisions = await db.CommitteeDecisions.AsNoTracking().Where(d => Answers.Contains(d.Kind) && d.DecidedAt >= from && d.DecidedAt <= to)
            .Select(d => d.Id).ToListAsync(ct);
        var withdrawals = await db.RequestEvents.AsNoTracking()
            .Where(e => e.To == RequestStatus.Withdrawn && e.At >= from && e.At <= to)
            .Select(e => e.SupportRequestId).Distinct().ToListAsync(ct);
        return [
            .. receipts.Order().Select(RequestLetters.ReceiptKey),
            .. decisions.Order().Select(CommitteeService.DecisionLetterKey),
            .. withdrawals.Order().Select(RequestLetters.WithdrawalKey),
        ];
    }
}
