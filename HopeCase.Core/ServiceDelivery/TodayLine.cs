using HopeCase.Core.Committee;

namespace HopeCase.Core.ServiceDelivery;

public sealed record TodayLine(int SessionId, int RequestId, string? Reference, string BeneficiaryName, DateTimeOffset ScheduledAt, DeliveryMode Mode);
