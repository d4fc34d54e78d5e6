namespace HopeCase.Core.Research;

public enum Recommendation
{
    Accept = 1,
    Reject = 2,
}
