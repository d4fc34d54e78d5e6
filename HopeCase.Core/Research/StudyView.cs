using HopeCase.Core.Security;

namespace HopeCase.Core.Research;

[PersonalData]
public sealed record StudyView(int RequestId, string ResearcherUserId, string? ResearcherName, VisitType VisitType, DateTimeOffset VisitedAt,
    string Findings, string NeedsAssessment, Recommendation Recommendation, string Reasons, DateTimeOffset SavedAt, DateTimeOffset? SentAt);
