namespace HopeCase.Core.Committee;

/// <summary>A meeting of the research committee: number, date, chair, members present, and its agenda.</summary>
public sealed class CommitteeSession
{
    private readonly List<SessionMember> _members = [];
    private readonly List<AgendaItem> _items = [];

    private CommitteeSession()
    {
    }

    public CommitteeSession(int number, int hijriYear, DateTimeOffset heldAt, string chairUserId, string? chairName, DateTimeOffset createdAt)
    {
        (Number, HijriYear, HeldAt, ChairUserId, ChairName, CreatedAt) = (number, hijriYear, heldAt, chairUserId, chairName, createdAt);
    }

    public int Id { get; private set; }

    /// <summary>Sequence within the Hijri year, shown as 1448/3.</summary>
    public int Number { get; private set; }

    public int HijriYear { get; private set; }
    public DateTimeOffset HeldAt { get; private set; }
    public string ChairUserId { get; private set; } = "";
    public string? ChairName { get; private set; }
    public SessionStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public IReadOnlyList<SessionMember> Members => _members;
    public IReadOnlyList<AgendaItem> Items => _items;

    public string Title => $"{HijriYear}/{Number}";

    public void AddMember(string userId, string? name) => _members.Add(new SessionMember(userId, name));

    public void AddItem(AgendaItem item) => _items.Add(item);

    public void Close(DateTimeOffset at) => (Status, ClosedAt) = (SessionStatus.Closed, at);
}
