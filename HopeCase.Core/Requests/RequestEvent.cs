using HopeCase.Core.Data;

namespace HopeCase.Core.Requests;

/// <summary>One line of a request's timeline: who moved it, when, from where to where, and why.</summary>
public sealed class RequestEvent : IWriteOnce
{
    private RequestEvent()
    {
    }

    public RequestEvent(DateTimeOffset at, string? userId, string? userName, RequestStatus? from, RequestStatus to, string? note)
    {
        (At, UserId, UserName, From, To, Note) = (at, userId, userName, from, to, note);
    }

    public long Id { get; private set; }
    public int SupportRequestId { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string? UserId { get; private set; }
    public string? UserName { get; private set; }
    public RequestStatus? From { get; private set; }
    public RequestStatus To { get; private set; }
    public string? Note { get; private set; }
}
