using HopeCase.Core.Contacts;
using HopeCase.Core.Saudi;

namespace HopeCase.Core.Surveys;

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
        SubmittedAt = anonymous ? SaudiTime.StartOfDay(SaudiTime.LocalDate(at)) : at;
        BeneficiaryId = anonymous ? null : context.BeneficiaryId;
        SupportRequestId = anonymous ? null : context.RequestId;
        (Trigger, Channel, SupportTypeId, ProviderId, ProviderName) = (context.Trigger, context.Channel, context.SupportTypeId, context.ProviderId, context.ProviderName);
        (RecordedById, RecordedByName) = (recordedById, recordedByName);
        (Audience, DepartmentId) = (context.Audience, context.DepartmentId);
        InternalServiceId = anonymous ? null : context.InternalServiceId;
    }

    public int Id { get; private set; }
    public SurveyAudience Audience { get; private set; }

    /// <summary>For an internal answer: the department that answered (kept when anonymous, like the channel).</summary>
    public int? DepartmentId { get; private set; }

    /// <summary>For an internal answer: the service it rates (dropped when anonymous, like the request).</summary>
    public int? InternalServiceId { get; private set; }

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
