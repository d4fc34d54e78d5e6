namespace HopeCase.Core.Committee;

/// <summary>The chair's decision on one agenda item. Which fields are required depends on <see cref="Kind"/>.</summary>
public sealed record DecisionInput(DecisionKind Kind, string? Services = null, decimal? Amount = null, int? SessionCount = null, int? DurationMonths = null,
    RejectionReason? RejectionReason = null, string? Reasons = null, string? MissingInfo = null)
{
    public string? Problem() => Kind switch
    {
        DecisionKind.Accepted when string.IsNullOrWhiteSpace(Services) => "Committee.DecisionServicesRequired",
        DecisionKind.Accepted when Amount is null && SessionCount is null => "Committee.DecisionAmountRequired",
        DecisionKind.Accepted when Amount is < 0 || SessionCount is < 1 => "Committee.DecisionAmountRequired",
        DecisionKind.Accepted when DurationMonths is null or < 1 => "Committee.DecisionDurationRequired",
        DecisionKind.Rejected when RejectionReason is null => "Committee.DecisionReasonRequired",
        DecisionKind.Rejected when string.IsNullOrWhiteSpace(Reasons) => "Committee.DecisionReasonTextRequired",
        DecisionKind.NeedsInfo when string.IsNullOrWhiteSpace(MissingInfo) => "Committee.DecisionMissingRequired",
        _ => null,
    };
}
