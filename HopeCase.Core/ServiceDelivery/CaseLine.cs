using HopeCase.Core.Requests;

namespace HopeCase.Core.ServiceDelivery;

public sealed record CaseLine(int RequestId, string? Reference, string BeneficiaryName, RequestStatus Status, string? ProviderName, int Sessions);
