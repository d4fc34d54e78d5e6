using HopeCase.Core.Committee;
using HopeCase.Core.Security;

namespace HopeCase.Core.ServiceDelivery;

[PersonalData]
public sealed record TodayLine(int SessionId, int RequestId, string? Reference, string BeneficiaryName, DateTimeOffset ScheduledAt, DeliveryMode Mode);
