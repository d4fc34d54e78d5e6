using HopeCase.Core.Data;
using HopeCase.Core.Requests;
using HopeCase.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Letters;

/// <summary>
/// Access by record for letters (docs/security/access.md): a letter about a request follows that request's rule
/// (<see cref="RequestAccess"/>), a letter about a beneficiary follows the beneficiary's file, and a letter about
/// neither (committee minutes, the association's own letters) is open to the roles that print. Batch operations
/// (printing, labels, mail status) take at most <see cref="MaxBatch"/> letters.
/// </summary>
public static class LetterAccess
{
    public const int MaxBatch = 100;

    private const string RequestSubject = nameof(SupportRequest);

    /// <summary>The letters the actor may read, as a query.</summary>
    public static IQueryable<Letter> Visible(HopeDb db, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(actor);
        var all = db.Letters.AsQueryable();
        if (RequestAccess.SeesEveryFile(actor))
        {
            return all;
        }
        var related = RequestAccess.RelatedRequests(db, actor);
        var relatedText = related.Select(id => id.ToString());
        var beneficiaries = db.Requests.Where(r => related.Contains(r.Id)).Select(r => r.BeneficiaryId);
        return all.Where(l => (l.SubjectType == RequestSubject && relatedText.Contains(l.SubjectId!))
            || (l.SubjectType != RequestSubject && (l.BeneficiaryId == null || beneficiaries.Contains(l.BeneficiaryId.Value))));
    }

    /// <summary>Throws <see cref="ForbiddenException"/> when any existing letter among <paramref name="ids"/> is not the actor's to read.</summary>
    public static async Task RequireAsync(HopeDb db, Actor actor, IReadOnlyCollection<int> ids, string operation, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(ids);
        var existing = await db.Letters.CountAsync(l => ids.Contains(l.Id), ct);
        var visible = await Visible(db, actor).CountAsync(l => ids.Contains(l.Id), ct);
        if (visible != existing)
        {
            throw new ForbiddenException(operation);
        }
    }

    /// <summary>Refuses an empty batch or one over <see cref="MaxBatch"/> letters.</summary>
    public static void RequireBatchSize(IReadOnlyCollection<int> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count is 0 or > MaxBatch)
        {
            throw new ArgumentOutOfRangeException(nameof(ids), ids.Count, $"A batch holds 1 to {MaxBatch} letters.");
        }
    }
}
