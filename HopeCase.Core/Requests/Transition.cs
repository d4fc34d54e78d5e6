namespace HopeCase.Core.Requests;

/// <summary>One allowed move: from a state, on a trigger, to a state, by one of these roles.</summary>
public sealed record Transition(RequestStatus From, RequestTrigger Trigger, RequestStatus To, IReadOnlyList<string> Roles);
