using HopeCase.Core.Audit;
using HopeCase.Core.Data;
using HopeCase.Core.Requests;
using HopeCase.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.DataExchange;

/// <summary>One request as the request-list export writes it.</summary>
[PersonalData]
public sealed record RequestListRow(int Id, string? Reference, string BeneficiaryName, string TypeAr, string TypeEn, RequestStatus Status,
    bool IsCritical, DateTimeOffset CreatedAt, DateTimeOffset? DueAt);

/// <summary>
/// The rows of a request-list export, with the page's filter (its status, optionally only fast-track), checked on the
/// server: the roles that see every file get every request in that status; a research officer, committee member or
/// service provider only the requests he is related to (<see cref="RequestAccess.RelatedRequests"/>), never the whole
/// queue the page lets him pick from. The export is audited with the ids it wrote.
/// </summary>
public sealed class RequestListRows(IDbContextFactory<HopeDb> dbs, AuditLog audit)
{
    public const int MaxRows = 20_000;

    public async Task<IReadOnlyList<RequestListRow>> ReadAsync(Actor actor, RequestStatus status, bool criticalOnly, string format, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "export a request list", RequestIntakeService.ReadRoles);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var query = db.Requests.AsNoTracking().Where(r => r.Status == status);
        if (!RequestAccess.SeesEveryFile(actor))
        {
            var related = RequestAccess.RelatedRequests(db, actor);
            query = query.Where(r => related.Contains(r.Id));
        }
        if (criticalOnly)
        {
            query = query.Where(r => r.IsCritical);
        }
        var rows = await query.OrderByDescending(r => r.IsCritical).ThenBy(r => r.Id)
            .Select(r => new RequestListRow(r.Id, r.Reference, r.Beneficiary!.FullName, r.SupportType!.NameAr, r.SupportType.NameEn, r.Status,
                r.IsCritical, r.CreatedAt, r.DueAt))
            .Take(MaxRows).ToListAsync(ct);
        await audit.RecordShownAsync(actor, "RequestsExported", "SupportRequest", rows.Select(r => r.Id), $"{format} status={status} critical={criticalOnly}", ct);
        return rows;
    }
}
