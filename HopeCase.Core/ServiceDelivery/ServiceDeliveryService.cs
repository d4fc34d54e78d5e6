using System.Globalization;
using HopeCase.Core.Audit;
using HopeCase.Core.Committee;
using HopeCase.Core.Data;
using HopeCase.Core.LiveUpdates;
using HopeCase.Core.Requests;
using HopeCase.Core.Research;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.ServiceDelivery;

[PersonalData]
public sealed record SessionLine(int Id, DateTimeOffset ScheduledAt, DeliveryMode Mode, bool? Attended, string? Outcome, string? Notes, bool NotesHidden);

/// <summary>P-6.7: the service plan from the approved services, the provider, sessions booked and recorded, closure.</summary>
public sealed partial class ServiceDeliveryService(IDbContextFactory<HopeDb> dbs, AuditLog audit, TimeProvider clock, ChangeNotifier notifier)
{
    public async Task<IReadOnlyList<StaffMember>> ProvidersAsync(Actor actor, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "list service providers", Roles.Manager, Roles.ServiceProvider);
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await StaffDirectory.InRoleAsync(db, Roles.ServiceProvider, ct);
    }

    /// <summary>Registered → InService: the plan is made from the accepted decision and given to a provider.</summary>
    public async Task<int> StartAsync(Actor actor, int requestId, string providerId, int? expectedVersion = null, CancellationToken ct = default)
    {
        // Only the role that assigns work gives a plan to a provider; a provider never takes one himself.
        Guard.RequireRole(actor, "start a service", Roles.Manager);
        if (providerId == actor.UserId)
        {
            throw new ForbiddenException("give a service plan to oneself");
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var provider = await StaffDirectory.FindAsync(db, providerId, Roles.ServiceProvider, ct) ?? throw new CaseRuleException("ServiceDelivery.NotAProvider", providerId);
        var request = await db.Requests.Include(r => r.Events).SingleAsync(r => r.Id == requestId, ct);
        if ((await ProviderServices.ForTypeAsync(db, request.SupportTypeId, ct)).All(p => p.Id != provider.Id))
        {
            throw new CaseRuleException("ServiceDelivery.NotProviderOfService", provider.Name);
        }
        RequestMoves.ExpectVersion(request, expectedVersion);
        var now = clock.GetUtcNow();
        request.Move(RequestTrigger.StartService, actor, now, provider.Name);
        var decision = await db.CommitteeDecisions.Where(d => d.SupportRequestId == requestId && d.Kind == DecisionKind.Accepted).OrderByDescending(d => d.Id).FirstAsync(ct);
        var plan = new ServicePlan(requestId, decision.Id, CommitteeService.AcceptedSummary(decision), decision.SessionCount, decision.DurationMonths, provider.Id, provider.Name, now);
        db.ServicePlans.Add(plan);
        audit.Add(db, actor, "ServiceStarted", "SupportRequest", Id(requestId), provider.Id);
        await RequestMoves.SaveAsync(db, request, ct);
        await notifier.PublishAsync(ChangeTopic.Services);
        await notifier.PublishAsync(ChangeTopic.Requests);
        return plan.Id;
    }

    public async Task<int> BookAsync(Actor actor, int requestId, DateTimeOffset at, DeliveryMode mode, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "book a session", Roles.ServiceProvider, Roles.Manager);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var plan = await OpenPlanAsync(db, actor, requestId, ct);
        if (at < clock.GetUtcNow())
        {
            throw new CaseRuleException("ServiceDelivery.SessionInPast");
        }
        var session = plan.Book(at, mode, actor.UserName);
        audit.Add(db, actor, "SessionBooked", "SupportRequest", Id(requestId), $"{mode} {at:O}");
        await db.SaveChangesAsync(ct);
        await notifier.PublishAsync(ChangeTopic.Services);
        return session.Id;
    }

    /// <summary>Only the assigned provider records attendance, confidential notes and the outcome.</summary>
    public async Task RecordAsync(Actor actor, int sessionId, bool attended, string? notes, string? outcome, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "record a session", Roles.ServiceProvider);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var plan = await db.ServicePlans.Include(p => p.Sessions).SingleAsync(p => p.Sessions.Any(s => s.Id == sessionId), ct);
        if (plan.ProviderUserId != actor.UserId)
        {
            throw new ForbiddenException("record a session of another provider's beneficiary");
        }
        if (plan.ClosedAt is not null)
        {
            throw new CaseRuleException("ServiceDelivery.CaseClosed");
        }
        plan.Sessions.Single(s => s.Id == sessionId).Record(attended, notes, outcome, clock.GetUtcNow());
        audit.Add(db, actor, "SessionRecorded", "SupportRequest", Id(plan.SupportRequestId), attended ? "attended" : "absent");
        await db.SaveChangesAsync(ct);
        await notifier.PublishAsync(ChangeTopic.Services);
    }

    /// <summary>The plan; session notes only for the assigned provider and managers, and that read is audited.</summary>
    public async Task<PlanView?> PlanAsync(Actor actor, int requestId, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "read a service plan", Roles.ServiceProvider, Roles.Manager, Roles.RelationsOfficer);
        await using var db = await dbs.CreateDbContextAsync(ct);
        await RequestAccess.RequireRequestAsync(db, actor, requestId, "read a service plan", ct);
        var plan = await db.ServicePlans.AsNoTracking().Include(p => p.Sessions).SingleOrDefaultAsync(p => p.SupportRequestId == requestId, ct);
        if (plan is null)
        {
            return null;
        }
        if (actor.IsIn(Roles.ServiceProvider) && !actor.IsInAny(Roles.Manager, Roles.RelationsOfficer) && plan.ProviderUserId != actor.UserId)
        {
            throw new ForbiddenException("read another provider's service plan");
        }
        var mayRead = actor.IsIn(Roles.Manager) || plan.ProviderUserId == actor.UserId;
        var request = await db.Requests.AsNoTracking().Include(r => r.Beneficiary).SingleAsync(r => r.Id == requestId, ct);
        await audit.RecordAsync(actor, mayRead ? "SessionNotesRead" : "ServicePlanRead", "SupportRequest", Id(requestId), $"plan {plan.Id}", ct);
        return new PlanView(plan.Id, requestId, request.Reference, request.Beneficiary!.FullName, plan.Services, plan.SessionCount, plan.DurationMonths,
            plan.ProviderUserId, plan.ProviderName, plan.StartedAt, plan.ClosedAt, plan.CloseReason,
            plan.Sessions.OrderBy(s => s.ScheduledAt).Select(s => new SessionLine(s.Id, s.ScheduledAt, s.Mode, s.Attended, s.Outcome,
                mayRead ? s.Notes : null, !mayRead && s.Notes is not null)).ToList());
    }

    /// <summary>InService → Closed with a reason; the closing event (actor = the closer) is what the satisfaction survey listens for.</summary>
    public async Task CloseAsync(Actor actor, int requestId, string reason, int? expectedVersion = null, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "close a case", Roles.ServiceProvider, Roles.Manager);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new CaseRuleException("ServiceDelivery.CloseReasonRequired");
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var plan = await db.ServicePlans.SingleAsync(p => p.SupportRequestId == requestId, ct);
        if (!actor.IsIn(Roles.Manager) && plan.ProviderUserId != actor.UserId)
        {
            throw new ForbiddenException("close another provider's case");
        }
        var request = await db.Requests.Include(r => r.Events).SingleAsync(r => r.Id == requestId, ct);
        RequestMoves.ExpectVersion(request, expectedVersion);
        var now = clock.GetUtcNow();
        request.Move(RequestTrigger.Close, actor, now, reason.Trim());
        plan.Close(reason, now);
        audit.Add(db, actor, "CaseClosed", "SupportRequest", Id(requestId), reason.Trim());
        await RequestMoves.SaveAsync(db, request, ct);
        await notifier.PublishAsync(ChangeTopic.Services);
        await notifier.PublishAsync(ChangeTopic.Requests);
    }

    private static async Task<ServicePlan> OpenPlanAsync(HopeDb db, Actor actor, int requestId, CancellationToken ct)
    {
        await RequestAccess.RequireRequestAsync(db, actor, requestId, "work on another provider's beneficiary", ct);
        var plan = await db.ServicePlans.Include(p => p.Sessions).SingleOrDefaultAsync(p => p.SupportRequestId == requestId, ct)
            ?? throw new CaseRuleException("ServiceDelivery.NoPlan");
        if (!actor.IsIn(Roles.Manager) && plan.ProviderUserId != actor.UserId)
        {
            throw new ForbiddenException("work on another provider's beneficiary");
        }
        if (plan.ClosedAt is not null)
        {
            throw new CaseRuleException("ServiceDelivery.CaseClosed");
        }
        return plan;
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
