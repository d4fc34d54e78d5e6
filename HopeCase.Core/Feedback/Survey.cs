using HopeCase.Core.Beneficiaries;

namespace HopeCase.Core.Feedback;

/// <summary>What led to a survey. The numbers are stored.</summary>
public enum SurveyTrigger
{
    DecisionLetter = 1,
    ServiceClosed = 2,
}

public enum SurveyMode
{
    Online = 1,
    Phone = 2,
    Paper = 3,
}

/// <summary>
/// A single-use survey link sent to a beneficiary. Only the SHA-256 of the token is kept, so the database alone
/// cannot be used to answer in someone's name. One invitation per (request, trigger).
/// </summary>
public sealed class SurveyInvitation
{
    private SurveyInvitation()
    {
    }

    public SurveyInvitation(string tokenHash, int requestId, SurveyTrigger trigger, int beneficiaryId, int? letterId, string? providerId, string? providerName,
        ContactChannel channel, int supportTypeId, DateTimeOffset at, DateTimeOffset expiresAt)
    {
        (TokenHash, SupportRequestId, Trigger, BeneficiaryId, LetterId, ProviderId, ProviderName) = (tokenHash, requestId, trigger, beneficiaryId, letterId, providerId, providerName);
        (Channel, SupportTypeId, CreatedAt, ExpiresAt) = (channel, supportTypeId, at, expiresAt);
    }

    public int Id { get; private set; }
    public string TokenHash { get; private set; } = "";
    public int SupportRequestId { get; private set; }
    public SurveyTrigger Trigger { get; private set; }
    public int BeneficiaryId { get; private set; }
    public int? LetterId { get; private set; }

    /// <summary>For a closed service: who closed it (the service provider), the person the answers are about.</summary>
    public string? ProviderId { get; private set; }

    public string? ProviderName { get; private set; }
    public ContactChannel Channel { get; private set; }
    public int SupportTypeId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? UsedAt { get; private set; }

    public void MarkUsed(DateTimeOffset at) => UsedAt ??= at;
}

/// <summary>
/// One answered survey. The dimensions the dashboard groups by (channel, support type, provider, trigger) are copied
/// in, so an anonymous answer needs no link back to the beneficiary, the request or the invitation: it has none.
/// </summary>
public sealed class SurveyResponse
{
    private SurveyResponse()
    {
    }

    public SurveyResponse(SurveyMode mode, SurveyScores scores, string? comment, bool anonymous, DateTimeOffset at, SurveyContext context, string? recordedById, string? recordedByName)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(context);
        Mode = mode;
        (Overall, Courtesy, Clarity, Speed, Ease, Recommend) = (scores.Overall, scores.Courtesy, scores.Clarity, scores.Speed, scores.Ease, scores.Recommend);
        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        Anonymous = anonymous;
        // An anonymous answer keeps only the day, so it cannot be matched to the moment an invitation was used.
        SubmittedAt = anonymous ? Saudi.SaudiTime.StartOfDay(Saudi.SaudiTime.LocalDate(at)) : at;
        BeneficiaryId = anonymous ? null : context.BeneficiaryId;
        SupportRequestId = anonymous ? null : context.RequestId;
        (Trigger, Channel, SupportTypeId, ProviderId, ProviderName) = (context.Trigger, context.Channel, context.SupportTypeId, context.ProviderId, context.ProviderName);
        (RecordedById, RecordedByName) = (recordedById, recordedByName);
    }

    public int Id { get; private set; }
    public SurveyMode Mode { get; private set; }
    public int Overall { get; private set; }
    public int Courtesy { get; private set; }
    public int Clarity { get; private set; }
    public int Speed { get; private set; }
    public int Ease { get; private set; }
    public int Recommend { get; private set; }
    public string? Comment { get; private set; }
    public bool Anonymous { get; private set; }
    public DateTimeOffset SubmittedAt { get; private set; }
    public int? BeneficiaryId { get; private set; }
    public int? SupportRequestId { get; private set; }
    public SurveyTrigger? Trigger { get; private set; }
    public ContactChannel? Channel { get; private set; }
    public int? SupportTypeId { get; private set; }
    public string? ProviderId { get; private set; }
    public string? ProviderName { get; private set; }
    public string? RecordedById { get; private set; }
    public string? RecordedByName { get; private set; }

    public int Lowest => Math.Min(Math.Min(Math.Min(Overall, Courtesy), Math.Min(Clarity, Speed)), Ease);
}

/// <summary>The answers: five questions on 1–5 and the likelihood to recommend on 0–10.</summary>
public sealed record SurveyScores(int Overall, int Courtesy, int Clarity, int Speed, int Ease, int Recommend)
{
    public bool IsValid =>
        new[] { Overall, Courtesy, Clarity, Speed, Ease }.All(v => v is >= 1 and <= 5) && Recommend is >= 0 and <= 10;
}

/// <summary>Where an answer comes from: the request's dimensions, copied onto the answer.</summary>
public sealed record SurveyContext(int? BeneficiaryId, int? RequestId, SurveyTrigger? Trigger, ContactChannel? Channel, int? SupportTypeId, string? ProviderId, string? ProviderName);
