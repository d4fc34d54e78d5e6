using HopeCase.Core.Contacts;

namespace HopeCase.Core.Surveys;

/// <summary>
/// Where an answer comes from: the request's dimensions, copied onto the answer; for an internal answer
/// (<see cref="SurveyAudience.Internal"/>) the department and the service instead of a beneficiary and a request.
/// </summary>
public sealed record SurveyContext(int? BeneficiaryId, int? RequestId, SurveyTrigger? Trigger, ContactChannel? Channel, int? SupportTypeId, string? ProviderId, string? ProviderName,
    SurveyAudience Audience = SurveyAudience.Beneficiary, int? DepartmentId = null, int? InternalServiceId = null);
