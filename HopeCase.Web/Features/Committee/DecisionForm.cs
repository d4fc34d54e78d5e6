using HopeCase.Core.Committee;

namespace HopeCase.Web.Features.Committee;

/// <summary>What the chair is typing for one agenda item; kept when a decision is refused so nothing is lost.</summary>
public sealed class DecisionForm
{
    public DecisionKind Kind { get; set; } = DecisionKind.Accepted;
    public string? Services { get; set; }
    public decimal? Amount { get; set; }
    public int? SessionCount { get; set; }
    public int? DurationMonths { get; set; } = 3;
    public RejectionReason? Reason { get; set; }
    public string? Reasons { get; set; }
    public string? MissingInfo { get; set; }

    public DecisionInput ToInput() => Kind switch
    {
        DecisionKind.Accepted => new(Kind, Services, Amount, SessionCount, DurationMonths),
        DecisionKind.Rejected => new(Kind, RejectionReason: Reason, Reasons: Reasons),
        DecisionKind.NeedsInfo => new(Kind, MissingInfo: MissingInfo),
        _ => new(Kind),
    };
}
