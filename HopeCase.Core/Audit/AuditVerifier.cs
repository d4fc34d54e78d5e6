using HopeCase.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Audit;

/// <summary>The outcome of checking the chain: ok with the count, or the first row that does not verify and why.</summary>
public sealed record AuditVerification(bool Ok, long Rows, long? BrokenSeq, long? BrokenId, string? Reason)
{
    public override string ToString() => Ok ? $"ok {Rows} rows" : $"broken at row seq {BrokenSeq} (id {BrokenId}): {Reason}";
}

/// <summary>Walks the chain from the first row and reports the first one whose number, link or hash is wrong.</summary>
public static class AuditVerifier
{
    public static async Task<AuditVerification> VerifyAsync(IDbContextFactory<HopeDb> dbs, byte[] key, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(dbs);
        await using var db = await dbs.CreateDbContextAsync(ct);
        long rows = 0;
        long expected = 1;
        var prev = AuditChain.Genesis;
        // Rows written before the chain existed carry no number; every later row must.
        var firstSealedId = await db.AuditEntries.Where(a => a.Seq != null).OrderBy(a => a.Id).Select(a => (long?)a.Id).FirstOrDefaultAsync(ct) ?? long.MaxValue;
        await foreach (var e in db.AuditEntries.AsNoTracking().Where(a => a.Id >= firstSealedId).OrderBy(a => a.Id).AsAsyncEnumerable().WithCancellation(ct))
        {
            rows++;
            if (e.Seq != expected)
            {
                var why = e.Seq is null ? "the row has no place in the chain" : $"expected row {expected} of the chain, found {e.Seq} (a row was removed or inserted)";
                return new(false, rows, expected, e.Id, why);
            }
            if (e.PrevHash != prev)
            {
                return new(false, rows, e.Seq, e.Id, "the link to the previous row does not match (a row before it was changed or removed)");
            }
            if (e.Hash != AuditChain.HashOf(e, key))
            {
                return new(false, rows, e.Seq, e.Id, "the row's contents do not match its hash (the row was changed)");
            }
            prev = e.Hash!;
            expected++;
        }
        return new(true, rows, null, null, null);
    }
}
