using HopeCase.Core.Security;

namespace HopeCase.Core.ServiceDelivery;

[PersonalData]
public sealed record PlanView(int Id, int RequestId, string? Reference, string BeneficiaryName, string Services, int? SessionCount, int? DurationMonths,
    string ProviderUserId, string? ProviderName, DateTimeOffset StartedAt, DateTimeOffset? ClosedAt, string? CloseReason, IReadOnlyList<SessionLine> Sessions);
