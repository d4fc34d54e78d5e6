namespace HopeCase.Core.Feedback;

/// <summary>Who sent it, when they said; nothing is kept for an anonymous sender.</summary>
public sealed record FeedbackSender(bool Anonymous, string? Name, string? Mobile, string? Email, int? BeneficiaryId, string Culture = "ar");
