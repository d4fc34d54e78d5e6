using HopeCase.Core.Security;
using HopeCase.Core.Staff;

namespace HopeCase.Core.Requests;

/// <summary>
/// The one table that decides every move of a request, and what each move carries with it: the clock effect, the
/// letter, the per-request guard. Anything not in it is refused.
/// </summary>
public static class RequestLifecycle
{
    private static readonly RequestStatus[] OpenStates =
    [
        RequestStatus.Draft, RequestStatus.Received, RequestStatus.Submitted, RequestStatus.UnderStudy,
        RequestStatus.AwaitingCommittee, RequestStatus.NeedsInfo, RequestStatus.Deferred, RequestStatus.Accepted,
        RequestStatus.Registered, RequestStatus.InService,
    ];

    public static IReadOnlyList<Transition> Table { get; } = Build();

    private static List<Transition> Build()
    {
        string[] relations = [Roles.RelationsOfficer];
        string[] research = [Roles.ResearchOfficer];
        string[] committee = [Roles.CommitteeMember];
        List<Transition> t =
        [
            new(RequestStatus.Draft, RequestTrigger.Submit, RequestStatus.Submitted, relations, ClockEffect.Start, MoveLetter.Receipt),
            new(RequestStatus.Received, RequestTrigger.Verify, RequestStatus.Submitted, relations, ClockEffect.Start, MoveLetter.Receipt),
            new(RequestStatus.Received, RequestTrigger.RejectIncomplete, RequestStatus.Closed, relations),
            // Work is assigned by the roles that assign work, never taken by oneself (docs/security/access.md).
            new(RequestStatus.Submitted, RequestTrigger.Assign, RequestStatus.UnderStudy, [Roles.Manager, Roles.System]),
            new(RequestStatus.UnderStudy, RequestTrigger.Recommend, RequestStatus.AwaitingCommittee, research, AssignedResearcherOnly: true),
            new(RequestStatus.AwaitingCommittee, RequestTrigger.Accept, RequestStatus.Accepted, committee, Letter: MoveLetter.Decision),
            new(RequestStatus.AwaitingCommittee, RequestTrigger.Reject, RequestStatus.Rejected, committee, Letter: MoveLetter.Decision),
            new(RequestStatus.AwaitingCommittee, RequestTrigger.RequestInfo, RequestStatus.NeedsInfo, committee, ClockEffect.Pause, MoveLetter.Decision),
            new(RequestStatus.AwaitingCommittee, RequestTrigger.Defer, RequestStatus.Deferred, committee),
            new(RequestStatus.NeedsInfo, RequestTrigger.InfoReceived, RequestStatus.UnderStudy, [Roles.RelationsOfficer, Roles.ResearchOfficer], ClockEffect.Resume),
            new(RequestStatus.Deferred, RequestTrigger.Requeue, RequestStatus.AwaitingCommittee, [Roles.CommitteeMember, Roles.System]),
            new(RequestStatus.Accepted, RequestTrigger.Register, RequestStatus.Registered, [Roles.RelationsOfficer, Roles.Manager]),
            new(RequestStatus.Registered, RequestTrigger.StartService, RequestStatus.InService, [Roles.ServiceProvider, Roles.Manager]),
            new(RequestStatus.InService, RequestTrigger.Close, RequestStatus.Closed, [Roles.ServiceProvider, Roles.Manager]),
            new(RequestStatus.Rejected, RequestTrigger.Appeal, RequestStatus.AwaitingCommittee, [Roles.RelationsOfficer, Roles.System], ClockEffect.Restart),
            new(RequestStatus.Rejected, RequestTrigger.Close, RequestStatus.Closed, [Roles.RelationsOfficer, Roles.Manager, Roles.System]),
        ];
        // The beneficiary's own wish: recorded by an officer, or made on the public site (System); the clock stops for good.
        t.AddRange(OpenStates.Select(s => new Transition(s, RequestTrigger.Withdraw, RequestStatus.Withdrawn, [Roles.RelationsOfficer, Roles.Manager, Roles.System],
            ClockEffect.Stop, MoveLetter.Withdrawal)));
        return t;
    }

    public static Transition? Find(RequestStatus from, RequestTrigger trigger) =>
        Table.FirstOrDefault(t => t.From == from && t.Trigger == trigger);

    /// <summary>The move, or an <see cref="IllegalTransitionException"/> saying why not.</summary>
    public static Transition Require(RequestStatus from, RequestTrigger trigger, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var move = Find(from, trigger) ?? throw new IllegalTransitionException(from, trigger, roleMissing: false);
        if (!move.Roles.Any(actor.IsIn))
        {
            throw new IllegalTransitionException(from, trigger, roleMissing: true);
        }
        return move;
    }

    /// <summary>The moves this actor's roles allow on a request in this state, in table order.</summary>
    public static IReadOnlyList<RequestTrigger> MovesFor(Actor actor, RequestStatus status)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return Table.Where(t => t.From == status && t.Roles.Any(actor.IsIn)).Select(t => t.Trigger).ToList();
    }

    /// <summary>
    /// The moves this actor may make on this request: <see cref="MovesFor(Actor, RequestStatus)"/> less those only the
    /// assigned research officer makes, when it is someone else's. What a page draws its buttons from.
    /// </summary>
    public static IReadOnlyList<RequestTrigger> MovesFor(Actor actor, RequestStatus status, string? assignedResearcherId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return Table.Where(t => t.From == status && t.Roles.Any(actor.IsIn) && (!t.AssignedResearcherOnly || (actor.UserId is not null && actor.UserId == assignedResearcherId)))
            .Select(t => t.Trigger).ToList();
    }

    public static IReadOnlyList<RequestTrigger> MovesFor(Actor actor, SupportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return MovesFor(actor, request.Status, request.AssignedResearcherId);
    }

    public static bool IsOpen(RequestStatus status) => OpenStates.Contains(status);

    /// <summary>Documents are added before submission or while information is awaited.</summary>
    public static bool TakesDocuments(RequestStatus status) => status is RequestStatus.Draft or RequestStatus.Received or RequestStatus.NeedsInfo;

    /// <summary>The decision window runs while the request waits on the association, not on the beneficiary.</summary>
    public static bool ClockRuns(RequestStatus status) =>
        status is RequestStatus.Submitted or RequestStatus.UnderStudy or RequestStatus.AwaitingCommittee or RequestStatus.Deferred;
}
