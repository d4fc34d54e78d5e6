using HopeCase.Core.Audit;
using HopeCase.Core.Data;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Requests;

[PersonalData]
public sealed record QueueRow(int Id, string? Reference, int BeneficiaryId, string BeneficiaryName, string TypeAr, string TypeEn,
    RequestStatus Status, bool IsCritical, DateTimeOffset CreatedAt, DateTimeOffset? DueAt, IReadOnlyList<RequestTrigger> Moves);

/// <summary>One count on a role's home page, with the page that holds the work.</summary>
public sealed record QueueCount(string Key, int Count, string Href);

/// <summary>The work waiting for each role, counted from the tables (never from a cache that could forget).</summary>
public sealed class QueueService(IDbContextFactory<HopeDb> dbs, AuditLog audit)
{
    public async Task<IReadOnlyList<QueueRow>> ByStatusAsync(Actor actor, RequestStatus status, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "read a queue", RequestIntakeService.ReadRoles);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var q = db.Requests.AsNoTracking().Where(r => r.Status == status);
        if (!RequestAccess.SeesEveryFile(actor))
        {
            // Access by record (docs/security/access.md): a researcher or member sees only the requests that are theirs.
            var related = RequestAccess.RelatedRequests(db, actor);
            q = q.Where(r => related.Contains(r.Id));
        }
        var rows = await q
            .OrderByDescending(r => r.IsCritical).ThenBy(r => r.Id)
            .Select(r => new { r.Id, r.Reference, r.BeneficiaryId, r.Beneficiary!.FullName, r.SupportType!.NameAr, r.SupportType.NameEn,
                r.Status, r.IsCritical, r.CreatedAt, r.DueAt, r.AssignedResearcherId })
            .Take(500).ToListAsync(ct);
        await audit.RecordShownAsync(actor, "QueueRead", "SupportRequest", rows.Select(r => r.Id), $"status={status}", ct);
        return rows.Select(r => new QueueRow(r.Id, r.Reference, r.BeneficiaryId, r.FullName, r.NameAr, r.NameEn, r.Status, r.IsCritical, r.CreatedAt, r.DueAt,
            RequestLifecycle.MovesFor(actor, r.Status, r.AssignedResearcherId))).ToList();
    }

    /// <summary>The counts for the home page of whoever is asking, for each of their roles.</summary>
    public async Task<IReadOnlyList<QueueCount>> CountsAsync(Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var counts = new List<QueueCount>();
        if (actor.IsIn(Roles.RelationsOfficer))
        {
            counts.Add(new("Requests.QueueReceived", await db.Requests.CountAsync(r => r.Status == RequestStatus.Received, ct), "/requests/received"));
            counts.Add(new("Requests.QueueDrafts", await db.Requests.CountAsync(r => r.Status == RequestStatus.Draft, ct), "/requests/drafts"));
            counts.Add(new("Inquiries.QueueUnanswered", await db.Contacts.CountAsync(c => c.Answer == null || c.Answer == "", ct), "/inquiries"));
        }
        if (actor.IsIn(Roles.ResearchOfficer))
        {
            counts.Add(new("Referrals.Queue", await db.Referrals.CountAsync(r => r.Answer == null, ct), "/referrals"));
            counts.Add(new("Requests.QueueToStudy", await db.Requests.CountAsync(r => r.Status == RequestStatus.Submitted, ct), "/requests/submitted"));
        }
        if (actor.IsIn(Roles.Manager))
        {
            counts.Add(new("Contacts.QueueAlerts", await db.ManagerAlerts.CountAsync(a => a.AcknowledgedAt == null, ct), "/alerts"));
        }
        return counts;
    }
}
