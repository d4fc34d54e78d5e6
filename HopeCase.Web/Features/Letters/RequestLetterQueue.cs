using Hangfire;
using HopeCase.Core.Data;
using HopeCase.Core.Letters;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Web.Features.Letters;

/// <summary>Queues the letters a request's life produces and finds them again for its pages.</summary>
public sealed class RequestLetterQueue(IDbContextFactory<HopeDb> dbs, IBackgroundJobClient jobs)
{
    /// <summary>Issues the receipt letter in the background, once per request (the key makes a second call a no-op in the register).</summary>
    public async Task QueueReceiptAsync(int requestId, CancellationToken ct = default)
    {
        var content = await RequestLetters.ReceiptAsync(dbs, requestId, ct);
        IssueLetterJob.Enqueue(jobs, content.IdempotencyKey!, content);
    }

    /// <summary>The issued receipt letter's id and number, or null while the job has not yet issued it.</summary>
    public async Task<(int Id, string Number)?> ReceiptAsync(int requestId, CancellationToken ct = default)
    {
        var key = RequestLetters.ReceiptKey(requestId);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var found = await db.Letters.AsNoTracking().Where(l => l.IdempotencyKey == key).Select(l => new { l.Id, l.Number }).FirstOrDefaultAsync(ct);
        return found is null ? null : (found.Id, found.Number);
    }

    /// <summary>Every letter issued about one request (receipt, decision, missing information), oldest first.</summary>
    public async Task<IReadOnlyList<RequestLetterRow>> LettersAsync(int requestId, CancellationToken ct = default)
    {
        var id = requestId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Letters.AsNoTracking().Where(l => l.SubjectType == "SupportRequest" && l.SubjectId == id)
            .OrderBy(l => l.Id).Select(l => new RequestLetterRow(l.Id, l.Number, l.Type, l.IssuedAt)).ToListAsync(ct);
    }
}

public sealed record RequestLetterRow(int Id, string Number, LetterType Type, DateTimeOffset IssuedAt);
