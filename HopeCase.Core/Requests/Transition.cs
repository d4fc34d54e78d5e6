namespace HopeCase.Core.Requests;

/// <summary>
/// One allowed move: from a state, on a trigger, to a state, by one of these roles; with what it does to the decision
/// clock, the letter it implies, and whether only the research officer the request is assigned to may make it.
/// </summary>
public sealed record Transition(RequestStatus From, RequestTrigger Trigger, RequestStatus To, IReadOnlyList<string> Roles,
    ClockEffect Clock = ClockEffect.None, MoveLetter Letter = MoveLetter.None, bool AssignedResearcherOnly = false);
