using HopeCase.Core.LiveUpdates;
using HopeCase.Core.Requests;
using HopeCase.Core.Research;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Committee;

/// <summary>Appeals against a rejection: filing one, which sends the request back to the committee, and the period it may be filed in.</summary>
public sealed partial class CommitteeService
{
    /// <summary>
    /// An appeal against the latest rejection, within <c>Policy:AppealDays</c>: the request goes back to the committee
    /// with a fresh window. Officers file it for the beneficiary; the public site calls this as <see cref="Actor.System"/>.
    /// </summary>
    public async Task AppealAsync(Actor actor, int requestId, string grounds, string channel, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "file an appeal", Roles.RelationsOfficer, Roles.System);
        if (string.IsNullOrWhiteSpace(grounds))
        {
            throw new CaseRuleException("Committee.AppealGroundsRequired");
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var request = await db.Requests.Include(r => r.Events).SingleAsync(r => r.Id == requestId, ct);
        RequestLifecycle.Require(request.Status, RequestTrigger.Appeal, actor);
        var rejection = await db.CommitteeDecisions.Where(d => d.SupportRequestId == requestId).OrderByDescending(d => d.Id).FirstAsync(ct);
        var now = clock.GetUtcNow();
        if (rejection.Kind != DecisionKind.Rejected || now > rejection.DecidedAt.AddDays(policy.Value.AppealDays))
        {
            throw new CaseRuleException("Committee.AppealTooLate");
        }
        db.Appeals.Add(new Appeal(requestId, rejection.Id, grounds, channel, now, actor.UserName));
        // The move restarts the clock: a fresh window for the committee's second answer.
        request.Move(RequestTrigger.Appeal, actor, now, DecisionWindow.From(policy.Value), grounds.Trim());
        audit.Add(db, actor, "AppealFiled", "SupportRequest", Id(requestId), channel);
        await RequestMoves.SaveAsync(db, request, ct);
        deadlines.ScheduleFor(request);
        await notifier.PublishAsync(ChangeTopic.Requests);
        await notifier.PublishAsync(ChangeTopic.Committee);
    }

    /// <summary>Whether an appeal may still be filed, and until when (for the officer's page and the public site).</summary>
    public async Task<DateTimeOffset?> AppealDeadlineAsync(int requestId, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var status = await db.Requests.AsNoTracking().Where(r => r.Id == requestId).Select(r => r.Status).SingleAsync(ct);
        var last = await db.CommitteeDecisions.AsNoTracking().Where(d => d.SupportRequestId == requestId).OrderByDescending(d => d.Id).FirstOrDefaultAsync(ct);
        if (status != RequestStatus.Rejected || last is not { Kind: DecisionKind.Rejected })
        {
            return null;
        }
        var until = last.DecidedAt.AddDays(policy.Value.AppealDays);
        return clock.GetUtcNow() <= until ? until : null;
    }
}
