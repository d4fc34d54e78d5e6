namespace HopeCase.Core.Committee;

/// <summary>One request on a session's agenda, its votes and (once decided) the decision.</summary>
public sealed class AgendaItem
{
    private readonly List<Vote> _votes = [];

    private AgendaItem()
    {
    }

    public AgendaItem(int requestId, int order, bool isAppeal)
    {
        (SupportRequestId, Order, IsAppeal) = (requestId, order, isAppeal);
    }

    public int Id { get; private set; }
    public int CommitteeSessionId { get; private set; }
    public CommitteeSession? Session { get; private set; }
    public int SupportRequestId { get; private set; }
    public int Order { get; private set; }
    public bool IsAppeal { get; private set; }
    public int? DecisionId { get; private set; }
    public CommitteeDecision? Decision { get; private set; }
    public IReadOnlyList<Vote> Votes => _votes;

    public void CastVote(string userId, string? name, DecisionKind choice, string? note, DateTimeOffset at)
    {
        var existing = _votes.SingleOrDefault(v => v.MemberUserId == userId);
        if (existing is not null)
        {
            existing.Change(choice, note, at);
            return;
        }
        _votes.Add(new Vote(userId, name, choice, note, at));
    }

    public void Decided(CommitteeDecision decision) => Decision = decision;

    public void WithdrawVote(string userId) => _votes.RemoveAll(v => v.MemberUserId == userId);
}
