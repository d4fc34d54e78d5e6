namespace HopeCase.Core.Committee;

public enum SessionStatus
{
    Scheduled = 0,
    Closed = 1,
}

public enum DecisionKind
{
    Accepted = 1,
    Rejected = 2,
    NeedsInfo = 3,
    Deferred = 4,
}

/// <summary>The catalogue of rejection reasons (each also needs free text). Numbers are stored: never renumber.</summary>
public enum RejectionReason
{
    NotEligible = 1,
    OutsideRegion = 2,
    ServiceNotOffered = 3,
    SupportedElsewhere = 4,
    InformationNotConfirmed = 5,
    Other = 99,
}

public enum DeliveryMode
{
    InPerson = 1,
    Phone = 2,
    Video = 3,
}

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
}

public sealed class Vote
{
    private Vote()
    {
    }

    public Vote(string memberUserId, string? memberName, DecisionKind choice, string? note, DateTimeOffset at)
    {
        (MemberUserId, MemberName, Choice, Note, At) = (memberUserId, memberName, choice, note, at);
    }

    public int Id { get; private set; }
    public int AgendaItemId { get; private set; }
    public string MemberUserId { get; private set; } = "";
    public string? MemberName { get; private set; }
    public DecisionKind Choice { get; private set; }
    public string? Note { get; private set; }
    public DateTimeOffset At { get; private set; }

    public void Change(DecisionKind choice, string? note, DateTimeOffset at) => (Choice, Note, At) = (choice, note, at);
}

/// <summary>What the committee decided on a request; kept for ever, so an appeal shows the earlier decision.</summary>
public sealed class CommitteeDecision
{
    private CommitteeDecision()
    {
    }

    public CommitteeDecision(int requestId, int sessionId, DecisionInput input, DateTimeOffset at, string? byUserId, string? byName)
    {
        ArgumentNullException.ThrowIfNull(input);
        (SupportRequestId, CommitteeSessionId, Kind, Services, Amount, SessionCount, DurationMonths, RejectionReason, Reasons, MissingInfo, DecidedAt, DecidedByUserId, DecidedByName) =
            (requestId, sessionId, input.Kind, input.Services?.Trim(), input.Amount, input.SessionCount, input.DurationMonths, input.RejectionReason,
                input.Reasons?.Trim(), input.MissingInfo?.Trim(), at, byUserId, byName);
    }

    public int Id { get; private set; }
    public int SupportRequestId { get; private set; }
    public int CommitteeSessionId { get; private set; }
    public DecisionKind Kind { get; private set; }
    public string? Services { get; private set; }
    public decimal? Amount { get; private set; }
    public int? SessionCount { get; private set; }
    public int? DurationMonths { get; private set; }
    public RejectionReason? RejectionReason { get; private set; }
    public string? Reasons { get; private set; }
    public string? MissingInfo { get; private set; }
    public DateTimeOffset DecidedAt { get; private set; }
    public string? DecidedByUserId { get; private set; }
    public string? DecidedByName { get; private set; }
}

/// <summary>The chair's decision on one agenda item. Which fields are required depends on <see cref="Kind"/>.</summary>
public sealed record DecisionInput(DecisionKind Kind, string? Services = null, decimal? Amount = null, int? SessionCount = null, int? DurationMonths = null,
    RejectionReason? RejectionReason = null, string? Reasons = null, string? MissingInfo = null)
{
    public string? Problem() => Kind switch
    {
        DecisionKind.Accepted when string.IsNullOrWhiteSpace(Services) => "ResDecisionServicesRequired",
        DecisionKind.Accepted when Amount is null && SessionCount is null => "ResDecisionAmountRequired",
        DecisionKind.Accepted when Amount is < 0 || SessionCount is < 1 => "ResDecisionAmountRequired",
        DecisionKind.Accepted when DurationMonths is null or < 1 => "ResDecisionDurationRequired",
        DecisionKind.Rejected when RejectionReason is null => "ResDecisionReasonRequired",
        DecisionKind.Rejected when string.IsNullOrWhiteSpace(Reasons) => "ResDecisionReasonTextRequired",
        DecisionKind.NeedsInfo when string.IsNullOrWhiteSpace(MissingInfo) => "ResDecisionMissingRequired",
        _ => null,
    };
}

/// <summary>An appeal against a rejection (through an officer or the public site), sent back to the committee.</summary>
public sealed class Appeal
{
    private Appeal()
    {
    }

    public Appeal(int requestId, int earlierDecisionId, string grounds, string channel, DateTimeOffset at, string? byName)
    {
        (SupportRequestId, EarlierDecisionId, Grounds, Channel, FiledAt, FiledByName) = (requestId, earlierDecisionId, grounds.Trim(), channel, at, byName);
    }

    public int Id { get; private set; }
    public int SupportRequestId { get; private set; }
    public int EarlierDecisionId { get; private set; }
    public string Grounds { get; private set; } = "";
    public string Channel { get; private set; } = "";
    public DateTimeOffset FiledAt { get; private set; }
    public string? FiledByName { get; private set; }
}
