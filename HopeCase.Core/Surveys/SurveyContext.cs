using HopeCase.Core.Contacts;

namespace HopeCase.Core.Surveys;

/// <summary>Where an answer comes from: the request's dimensions, copied onto the answer.</summary>
public sealed record SurveyContext(int? BeneficiaryId, int? RequestId, SurveyTrigger? Trigger, ContactChannel? Channel, int? SupportTypeId, string? ProviderId, string? ProviderName);
