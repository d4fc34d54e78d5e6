namespace HopeCase.Core.Committee;

public sealed class SessionMember
{
    private SessionMember()
    {
    }

    public SessionMember(string userId, string? name) => (UserId, Name) = (userId, name);

    public int Id { get; private set; }
    public int CommitteeSessionId { get; private set; }
    public string UserId { get; private set; } = "";
    public string? Name { get; private set; }

    /// <summary>Recorded by the chair (issue 14 item 10); a member scheduled is present until the chair marks them absent.</summary>
    public bool Present { get; private set; } = true;

    public void SetPresent(bool present) => Present = present;
}
