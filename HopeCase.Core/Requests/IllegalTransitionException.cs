namespace HopeCase.Core.Requests;

/// <summary>A move the table does not allow, or not for this actor. Never silently ignored.</summary>
public sealed class IllegalTransitionException(RequestStatus from, RequestTrigger trigger, bool roleMissing)
    : InvalidOperationException(roleMissing
        ? $"Your role may not '{trigger}' a request in state {from}."
        : $"A request in state {from} cannot '{trigger}'.")
{
    public RequestStatus From { get; } = from;
    public RequestTrigger Trigger { get; } = trigger;
    public bool RoleMissing { get; } = roleMissing;
}
