using HopeCase.Core.Committee;

namespace HopeCase.Core.ServiceDelivery;

/// <summary>The approved services of an accepted request, with the provider who delivers them (P-6.7).</summary>
public sealed class ServicePlan
{
    private readonly List<ServiceSession> _sessions = [];

    private ServicePlan()
    {
    }

    public ServicePlan(int requestId, int decisionId, string services, int? sessionCount, int? durationMonths, string providerUserId, string? providerName, DateTimeOffset at)
    {
        (SupportRequestId, DecisionId, Services, SessionCount, DurationMonths, ProviderUserId, ProviderName, StartedAt) =
            (requestId, decisionId, services, sessionCount, durationMonths, providerUserId, providerName, at);
    }

    public int Id { get; private set; }
    public int SupportRequestId { get; private set; }
    public int DecisionId { get; private set; }
    public string Services { get; private set; } = "";
    public int? SessionCount { get; private set; }
    public int? DurationMonths { get; private set; }
    public string ProviderUserId { get; private set; } = "";
    public string? ProviderName { get; private set; }
    public DateTimeOffset StartedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public string? CloseReason { get; private set; }
    public IReadOnlyList<ServiceSession> Sessions => _sessions;

    public ServiceSession Book(DateTimeOffset at, DeliveryMode mode, string? byName)
    {
        var s = new ServiceSession(at, mode, byName);
        _sessions.Add(s);
        return s;
    }

    public void Close(string reason, DateTimeOffset at) => (CloseReason, ClosedAt) = (reason.Trim(), at);
}
