using HopeCase.Core.Requests;
using HopeCase.Core.Security;

namespace HopeCase.Core.ServiceDelivery;

[PersonalData]
public sealed record CaseLine(int RequestId, string? Reference, string BeneficiaryName, RequestStatus Status, string? ProviderName, int Sessions);
