using HopeCase.Core.Audit;
using HopeCase.Core.Data;
using HopeCase.Core.Deadlines;
using HopeCase.Core.Requests;
using HopeCase.Core.Saudi;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Research;

[PersonalData]
public sealed record OpenRequestRow(int Id, string? Reference, string BeneficiaryName, string TypeAr, string TypeEn, RequestStatus Status, bool IsCritical,
    DateTimeOffset? SubmittedAt, DateTimeOffset? DueAt, double? DaysLeft, string? AssignedTo, int Version, IReadOnlyList<RequestTrigger> Moves);

[PersonalData]
public sealed record NotificationView(long Id, NotificationKind Kind, int? RequestId, string? Reference, int Day, DateTimeOffset At, bool Read);

/// <summary>Counts and lists for the research, committee, registration and service queues, from the tables.</summary>
public sealed class CaseQueueService(IDbContextFactory<HopeDb> dbs, AuditLog audit, TimeProvider clock)
{
    public static readonly RequestStatus[] Running = [RequestStatus.Submitted, RequestStatus.UnderStudy, RequestStatus.AwaitingCommittee, RequestStatus.Deferred];

    public async Task<IReadOnlyList<QueueCount>> CountsAsync(Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        var counts = new List<QueueCount>();
        if (actor.IsIn(Roles.ResearchOfficer))
        {
            counts.Add(new("Research.QueueMyStudies", await db.Requests.CountAsync(r => r.Status == RequestStatus.UnderStudy && r.AssignedResearcherId == actor.UserId, ct), "/research"));
        }
        if (actor.IsIn(Roles.CommitteeMember))
        {
            counts.Add(new("Committee.QueueOnAgenda", await db.Requests.CountAsync(r => r.Status == RequestStatus.AwaitingCommittee, ct), "/committee"));
        }
        if (actor.IsInAny(Roles.RelationsOfficer, Roles.Manager))
        {
            counts.Add(new("Registration.QueueToRegister", await db.Requests.CountAsync(r => r.Status == RequestStatus.Accepted, ct), "/registration"));
        }
        if (actor.IsInAny(Roles.ServiceProvider, Roles.Manager))
        {
            var today = SaudiTime.LocalDate(now);
            var (dayStart, dayEnd) = (SaudiTime.StartOfDay(today), SaudiTime.StartOfDay(today.AddDays(1)));
            var mine = actor.IsIn(Roles.Manager) ? null : actor.UserId;
            counts.Add(new("ServiceDelivery.QueueSessionsToday", await db.ServicePlans.Where(p => p.ClosedAt == null && (mine == null || p.ProviderUserId == mine))
                .SelectMany(p => p.Sessions).CountAsync(s => s.ScheduledAt >= dayStart && s.ScheduledAt < dayEnd, ct), "/services"));
        }
        if (actor.IsInAny(Roles.Manager, Roles.ResearchOfficer, Roles.CommitteeMember))
        {
            counts.Add(new("Deadlines.QueueOverdue", await db.Requests.CountAsync(r => Running.Contains(r.Status) && r.PausedSince == null && r.DueAt < now, ct), "/research/open"));
        }
        return counts;
    }

    /// <summary>Every open request whose window runs or is paused, most urgent first, with days left.</summary>
    public async Task<IReadOnlyList<OpenRequestRow>> OpenAsync(Actor actor, RequestStatus? status = null, bool mine = false, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "read open requests", RequestIntakeService.ReadRoles);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var q = db.Requests.AsNoTracking().Where(r => r.DueAt != null && (Running.Contains(r.Status) || r.Status == RequestStatus.NeedsInfo));
        if (status is { } s)
        {
            q = q.Where(r => r.Status == s);
        }
        if (mine)
        {
            q = q.Where(r => r.AssignedResearcherId == actor.UserId);
        }
        if (!RequestAccess.SeesEveryFile(actor))
        {
            // Access by record: the queue shows a researcher, member or provider only the requests that are theirs.
            var related = RequestAccess.RelatedRequests(db, actor);
            q = q.Where(r => related.Contains(r.Id));
        }
        var now = clock.GetUtcNow();
        var list = await q.OrderByDescending(r => r.IsCritical).ThenBy(r => r.DueAt).Take(500)
            .Select(r => new { r.Id, r.Reference, Name = r.Beneficiary!.FullName, r.SupportType!.NameAr, r.SupportType.NameEn, r.Status, r.IsCritical, r.SubmittedAt, r.DueAt, r.PausedSince, r.AssignedResearcherId, r.AssignedResearcherName, r.Version })
            .ToListAsync(ct);
        // The queue shows names: the entry lists the requests it showed, with the filter.
        await audit.RecordShownAsync(actor, "OpenRequestsRead", "SupportRequest", list.Select(r => r.Id), $"status={status?.ToString() ?? "any"} mine={mine}", ct);
        return list.Select(r => new OpenRequestRow(r.Id, r.Reference, r.Name, r.NameAr, r.NameEn, r.Status, r.IsCritical, r.SubmittedAt, r.DueAt,
            r.DueAt is { } d ? (d - (r.PausedSince ?? now)).TotalDays : null, r.AssignedResearcherName, r.Version,
            RequestLifecycle.MovesFor(actor, r.Status, r.AssignedResearcherId))).ToList();
    }

    public async Task<IReadOnlyList<NotificationView>> NotificationsAsync(Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var roles = actor.Roles.ToList();
        var list = await db.StaffNotifications.AsNoTracking()
            .Where(n => n.RecipientUserId == actor.UserId || (n.RecipientRole != null && roles.Contains(n.RecipientRole)))
            .OrderByDescending(n => n.Id).Take(50)
            .Select(n => new NotificationView(n.Id, n.Kind, n.SupportRequestId, n.Reference, n.Day, n.CreatedAt, n.ReadAt != null)).ToListAsync(ct);
        // The panel names requests by reference: the entry keeps the requests it showed.
        await audit.RecordShownAsync(actor, "NotificationsRead", "SupportRequest", list.Select(n => n.RequestId).OfType<int>(), ct: ct);
        return list;
    }
}
