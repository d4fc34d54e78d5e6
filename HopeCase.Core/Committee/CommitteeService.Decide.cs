using HopeCase.Core.LiveUpdates;
using HopeCase.Core.Requests;
using HopeCase.Core.Research;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Committee;

public sealed partial class CommitteeService
{
    /// <summary>
    /// The chair records the decision on an item. The session needs its quorum, a majority of the members who may
    /// vote on the item must have voted, and the decision must be what most of them voted (the chair's vote breaks a
    /// tie). The request moves through the lifecycle table; the letter is issued in the background once.
    /// </summary>
    public async Task<int> DecideAsync(Actor actor, int itemId, DecisionInput input, int? expectedVersion = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        Guard.RequireRole(actor, "record a committee decision", Roles.CommitteeMember);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var item = await db.AgendaItems.Include(i => i.Votes).Include(i => i.Session).ThenInclude(s => s!.Members).SingleAsync(i => i.Id == itemId, ct);
        var session = item.Session!;
        var request = await db.Requests.Include(r => r.Events).Include(r => r.Beneficiary).SingleAsync(r => r.Id == item.SupportRequestId, ct);
        RequestMoves.ExpectVersion(request, expectedVersion);
        RequireChair(actor, session);
        RequireOpen(item);
        var trigger = input.Kind switch
        {
            DecisionKind.Accepted => RequestTrigger.Accept,
            DecisionKind.Rejected => RequestTrigger.Reject,
            DecisionKind.NeedsInfo => RequestTrigger.RequestInfo,
            _ => RequestTrigger.Defer,
        };
        RequestLifecycle.Require(request.Status, trigger, actor);
        // The quorum counts the members the chair recorded as present.
        if (session.Members.Count(m => m.Present) < policy.Value.CommitteeQuorum)
        {
            throw new CaseRuleException("Committee.NoQuorum");
        }
        var researcher = await db.SocialStudies.AsNoTracking().Where(s => s.SupportRequestId == request.Id).Select(s => s.ResearcherUserId).FirstOrDefaultAsync(ct);
        var conflicted = await ConflictedAsync(db, item.Id, ct);
        var voters = session.Members.Where(m => m.Present && m.UserId != researcher && !conflicted.Contains(m.UserId)).Select(m => m.UserId).ToHashSet(StringComparer.Ordinal);
        var eligible = voters.Count;
        var votes = item.Votes.Where(v => voters.Contains(v.MemberUserId)).ToList();
        if (votes.Count < (eligible / 2) + 1)
        {
            throw new CaseRuleException("Committee.NotEnoughVotes");
        }
        if (!MajorityAllows(votes, input.Kind, session.ChairUserId))
        {
            throw new CaseRuleException("Committee.DecisionAgainstVotes");
        }
        if (input.Problem() is { } problem)
        {
            throw new CaseRuleException(problem);
        }
        var now = clock.GetUtcNow();
        var decision = new CommitteeDecision(request.Id, session.Id, input, now, actor.UserId, actor.UserName);
        db.CommitteeDecisions.Add(decision);
        item.Decided(decision);
        // The note is shown to people: the session and the committee's own words; the decision itself is the new status.
        var words = input.Kind switch
        {
            DecisionKind.Accepted => input.Services,
            DecisionKind.Rejected => input.Reasons,
            DecisionKind.NeedsInfo => input.MissingInfo,
            _ => null,
        };
        // The move carries its clock effect (a request for information pauses the window).
        var move = request.Move(trigger, actor, now, string.IsNullOrWhiteSpace(words) ? session.Title : $"{session.Title} - {words.Trim()}");
        audit.Add(db, actor, "CommitteeDecision", "SupportRequest", Id(request.Id), $"{session.Title} {input.Kind}");
        await RequestMoves.SaveAsync(db, request, ct);
        // Saved: only now is the letter the move implies queued (a decision that rolled back has none).
        if (move.Letter == MoveLetter.Decision && DecisionLetter(request, decision, policy.Value) is { } letter)
        {
            letters.Enqueue(DecisionLetterKey(decision.Id), letter);
        }
        await notifier.PublishAsync(ChangeTopic.Committee);
        await notifier.PublishAsync(ChangeTopic.Requests);
        return decision.Id;
    }

    /// <summary>True when <paramref name="kind"/> has the most votes, or ties for the most and the chair voted for it.</summary>
    internal static bool MajorityAllows(IReadOnlyCollection<Vote> votes, DecisionKind kind, string chairId)
    {
        var tally = votes.GroupBy(v => v.Choice).ToDictionary(g => g.Key, g => g.Count());
        var top = tally.Values.Max();
        var leaders = tally.Where(t => t.Value == top).Select(t => t.Key).ToList();
        if (leaders.Count == 1)
        {
            return leaders[0] == kind;
        }
        return leaders.Contains(kind) && votes.Any(v => v.MemberUserId == chairId && v.Choice == kind);
    }

    /// <summary>Closes the session once every item is decided, and issues its minutes from the recorded votes.</summary>
    public async Task CloseAsync(Actor actor, int sessionId, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "close a committee session", Roles.CommitteeMember);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var session = await db.CommitteeSessions.Include(s => s.Members).Include(s => s.Items).ThenInclude(i => i.Votes)
            .Include(s => s.Items).ThenInclude(i => i.Decision).SingleAsync(s => s.Id == sessionId, ct);
        RequireChair(actor, session);
        if (session.Items.Any(i => i.DecisionId is null))
        {
            throw new CaseRuleException("Committee.ItemsUndecided");
        }
        session.Close(clock.GetUtcNow());
        audit.Add(db, actor, "SessionClosed", "CommitteeSession", Id(sessionId), session.Title);
        await db.SaveChangesAsync(ct);
        letters.Enqueue($"session:{session.Id}:minutes", await MinutesAsync(db, session.Id, ct));
        await notifier.PublishAsync(ChangeTopic.Committee);
    }
}
