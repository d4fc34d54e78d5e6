namespace HopeCase.Core.Committee;

public enum SessionStatus
{
    Scheduled = 0,
    Closed = 1,
}
