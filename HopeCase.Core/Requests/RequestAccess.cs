using HopeCase.Core.Data;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Requests;

/// <summary>
/// Access by record (docs/security/access.md): who may read or work on a request and on its beneficiary's file.
/// Managers and relations officers see every file; a research officer the requests assigned to him; a committee
/// member the requests on the agenda of a session he sits on, from agenda until the session closes; a service
/// provider the requests whose service plan a manager gave him. Administrators manage accounts and read no file.
/// </summary>
public static class RequestAccess
{
    /// <summary>The roles that see every beneficiary's file and every request.</summary>
    public static IReadOnlyList<string> EveryFile { get; } = [Roles.Manager, Roles.RelationsOfficer, Roles.System];

    /// <summary>The requests the actor is related to, as a query (no role that sees every file: an empty list means none).</summary>
    public static IQueryable<int> RelatedRequests(HopeDb db, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(actor);
        var user = actor.UserId ?? "\0";
        var research = actor.IsIn(Roles.ResearchOfficer);
        var committee = actor.IsIn(Roles.CommitteeMember);
        var provider = actor.IsIn(Roles.ServiceProvider);
        return db.Requests.Where(r =>
                (research && r.AssignedResearcherId == user)
                || (committee && db.AgendaItems.Any(i => i.SupportRequestId == r.Id && i.Session!.Status == Committee.SessionStatus.Scheduled
                    && (i.Session.ChairUserId == user || db.Set<Committee.SessionMember>().Any(m => m.CommitteeSessionId == i.CommitteeSessionId && m.UserId == user))))
                || (provider && db.ServicePlans.Any(p => p.SupportRequestId == r.Id && p.ProviderUserId == user)))
            .Select(r => r.Id);
    }

    public static bool SeesEveryFile(Actor actor) => actor is not null && actor.UserId is not null && actor.IsInAny([.. EveryFile]);

    public static async Task<bool> CanReadRequestAsync(HopeDb db, Actor actor, int requestId, CancellationToken ct = default) =>
        SeesEveryFile(actor) || (actor?.UserId is not null && await RelatedRequests(db, actor).AnyAsync(id => id == requestId, ct));

    public static async Task<bool> CanReadBeneficiaryAsync(HopeDb db, Actor actor, int beneficiaryId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (SeesEveryFile(actor))
        {
            return true;
        }
        if (actor?.UserId is null)
        {
            return false;
        }
        var related = RelatedRequests(db, actor);
        return await db.Requests.AnyAsync(r => r.BeneficiaryId == beneficiaryId && related.Contains(r.Id), ct);
    }

    /// <summary>Throws <see cref="ForbiddenException"/> unless the actor may read the request.</summary>
    public static async Task RequireRequestAsync(HopeDb db, Actor actor, int requestId, string operation, CancellationToken ct = default)
    {
        if (!await CanReadRequestAsync(db, actor, requestId, ct))
        {
            throw new ForbiddenException(operation);
        }
    }

    /// <summary>Throws <see cref="ForbiddenException"/> unless the actor may read the beneficiary's file.</summary>
    public static async Task RequireBeneficiaryAsync(HopeDb db, Actor actor, int beneficiaryId, string operation, CancellationToken ct = default)
    {
        if (!await CanReadBeneficiaryAsync(db, actor, beneficiaryId, ct))
        {
            throw new ForbiddenException(operation);
        }
    }
}
