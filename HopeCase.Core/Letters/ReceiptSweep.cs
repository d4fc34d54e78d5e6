using System.Globalization;
using HopeCase.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Letters;

/// <summary>
/// Makes the receipt letter durable (issue 11): the submit (or verify) move queues the receipt only after its commit,
/// so a process killed between the two would lose it. The move's audit entry (RequestSubmitted / RequestVerified) is
/// written in the same transaction as the move, so it is the pending-work record: this sweep (a recurring job, and once
/// at start-up) queues the receipt of every such move of the last <see cref="Window"/> that has no letter yet and is older
/// than <see cref="Grace"/> (the normal path's job has had its chance). The letter job is once per key, so a receipt
/// queued twice is still issued once.
/// </summary>
public sealed class ReceiptSweep(IDbContextFactory<HopeDb> dbs, ILetterQueue letters, TimeProvider clock)
{
    public const string RecurringId = "receipt-sweep";

    public static readonly TimeSpan Grace = TimeSpan.FromMinutes(2);

    public static readonly TimeSpan Window = TimeSpan.FromDays(7);

    private static readonly string[] Moves = ["RequestSubmitted", "RequestVerified"];

    /// <summary>Queues the missing receipts; returns how many.</summary>
    public async Task<int> SweepAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var (from, to) = (now - Window, now - Grace);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var moved = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == "SupportRequest" && Moves.Contains(a.Action) && a.At >= from && a.At <= to)
            .Select(a => a.EntityId).Distinct().ToListAsync(ct);
        var ids = moved.Select(e => int.TryParse(e, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0).Where(id => id > 0).ToList();
        if (ids.Count == 0)
        {
            return 0;
        }
        var keys = ids.Select(RequestLetters.ReceiptKey).ToList();
        var issued = (await db.Letters.AsNoTracking().Where(l => l.IdempotencyKey != null && keys.Contains(l.IdempotencyKey)).Select(l => l.IdempotencyKey!).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        var missing = ids.Where(id => !issued.Contains(RequestLetters.ReceiptKey(id))).ToList();
        var requests = await db.Requests.AsNoTracking().Include(r => r.Beneficiary).Where(r => missing.Contains(r.Id) && r.Reference != null && r.DueAt != null).ToListAsync(ct);
        foreach (var request in requests)
        {
            letters.Enqueue(RequestLetters.ReceiptKey(request.Id), RequestLetters.Receipt(request));
        }
        return requests.Count;
    }
}
