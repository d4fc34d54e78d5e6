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
}
