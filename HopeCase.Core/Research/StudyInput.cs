namespace HopeCase.Core.Research;

public sealed record StudyInput(VisitType VisitType, DateTimeOffset VisitedAt, string Findings, string NeedsAssessment, Recommendation Recommendation, string Reasons);
