namespace HopeCase.Core.Committee;

public enum DecisionKind
{
    Accepted = 1,
    Rejected = 2,
    NeedsInfo = 3,
    Deferred = 4,
}
