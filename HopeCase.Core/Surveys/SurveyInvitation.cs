using HopeCase.Core.Contacts;

namespace HopeCase.Core.Surveys;

/// <summary>
/// A single-use survey link sent to a beneficiary. Only the SHA-256 of the token is kept, so the database alone
/// cannot be used to answer in someone's name. One invitation per (request, trigger), or per internal service
/// (<see cref="SurveyAudience.Internal"/>: a department rating the service it received, with no beneficiary or request).
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

    /// <summary>The internal department's invitation for one recorded service; the staff member who served is the provider.</summary>
    public static SurveyInvitation ForInternal(string tokenHash, InternalService service, DateTimeOffset at, DateTimeOffset expiresAt)
    {
        ArgumentNullException.ThrowIfNull(service);
        return new SurveyInvitation
        {
            TokenHash = tokenHash, Trigger = SurveyTrigger.InternalService, Audience = SurveyAudience.Internal, InternalServiceId = service.Id,
            ProviderId = service.StaffId, ProviderName = service.StaffName, CreatedAt = at, ExpiresAt = expiresAt,
        };
    }

    public int Id { get; private set; }
    public string TokenHash { get; private set; } = "";
    public SurveyAudience Audience { get; private set; }
    public int? SupportRequestId { get; private set; }
    public int? InternalServiceId { get; private set; }
    public SurveyTrigger Trigger { get; private set; }
    public int? BeneficiaryId { get; private set; }
    public int? LetterId { get; private set; }

    /// <summary>For a closed service: who closed it (the service provider), the person the answers are about.</summary>
    public string? ProviderId { get; private set; }

    public string? ProviderName { get; private set; }
    public ContactChannel? Channel { get; private set; }
    public int? SupportTypeId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? UsedAt { get; private set; }

    public void MarkUsed(DateTimeOffset at) => UsedAt ??= at;

    /// <summary>A later trigger the same day replaced this invitation: its link stops working now.</summary>
    public void Supersede(DateTimeOffset at)
    {
        if (UsedAt is null && ExpiresAt > at)
        {
            ExpiresAt = at;
        }
    }
}
