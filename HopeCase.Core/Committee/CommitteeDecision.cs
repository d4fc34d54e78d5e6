namespace HopeCase.Core.Committee;

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
