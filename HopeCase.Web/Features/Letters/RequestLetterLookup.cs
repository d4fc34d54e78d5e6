using HopeCase.Core.Data;
using HopeCase.Core.Letters;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Web.Features.Letters;

/// <summary>Finds the letters a request's moves produced (queued by Core through <see cref="ILetterQueue"/>) for its pages.</summary>
public sealed class RequestLetterLookup(IDbContextFactory<HopeDb> dbs)
{
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
