namespace HopeCase.Core.Research;

/// <summary>The research officer's social study of one request (P-6.5): the visit, what was found, and a recommendation.</summary>
public sealed class SocialStudy
{
    private SocialStudy()
    {
    }

    public SocialStudy(int requestId, string researcherId, string? researcherName)
    {
        (SupportRequestId, ResearcherUserId, ResearcherName) = (requestId, researcherId, researcherName);
    }

    public int Id { get; private set; }
    public int SupportRequestId { get; private set; }

    /// <summary>Who did the study: this person may not vote on the request in committee.</summary>
    public string ResearcherUserId { get; private set; } = "";

    public string? ResearcherName { get; private set; }
    public VisitType VisitType { get; private set; }
    public DateTimeOffset VisitedAt { get; private set; }
    public string Findings { get; private set; } = "";
    public string NeedsAssessment { get; private set; } = "";
    public Recommendation Recommendation { get; private set; }
    public string Reasons { get; private set; } = "";
    public DateTimeOffset SavedAt { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }

    public void Record(StudyInput input, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(input);
        (VisitType, VisitedAt, Findings, NeedsAssessment, Recommendation, Reasons, SavedAt) =
            (input.VisitType, input.VisitedAt, input.Findings.Trim(), input.NeedsAssessment.Trim(), input.Recommendation, input.Reasons.Trim(), at);
    }

    public void MarkSent(DateTimeOffset at) => SentAt = at;

    public IReadOnlyList<string> Problems()
    {
        var p = new List<string>();
        if (!Enum.IsDefined(VisitType))
        {
            p.Add("Research.StudyVisitTypeRequired");
        }
        if (VisitedAt == default)
        {
            p.Add("Research.StudyDateRequired");
        }
        if (string.IsNullOrWhiteSpace(Findings))
        {
            p.Add("Research.StudyFindingsRequired");
        }
        if (string.IsNullOrWhiteSpace(NeedsAssessment))
        {
            p.Add("Research.StudyNeedsRequired");
        }
        if (!Enum.IsDefined(Recommendation))
        {
            p.Add("Research.StudyRecommendationRequired");
        }
        if (string.IsNullOrWhiteSpace(Reasons))
        {
            p.Add("Research.StudyReasonsRequired");
        }
        return p;
    }
}
