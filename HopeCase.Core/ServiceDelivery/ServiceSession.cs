using HopeCase.Core.Committee;

namespace HopeCase.Core.ServiceDelivery;

/// <summary>One booked session. <see cref="Notes"/> are confidential: the assigned provider and managers only, every read audited.</summary>
public sealed class ServiceSession
{
    private ServiceSession()
    {
    }

    public ServiceSession(DateTimeOffset scheduledAt, DeliveryMode mode, string? bookedByName) => (ScheduledAt, Mode, BookedByName) = (scheduledAt, mode, bookedByName);

    public int Id { get; private set; }
    public int ServicePlanId { get; private set; }
    public DateTimeOffset ScheduledAt { get; private set; }
    public DeliveryMode Mode { get; private set; }
    public string? BookedByName { get; private set; }
    public bool? Attended { get; private set; }
    public string? Notes { get; private set; }
    public string? Outcome { get; private set; }
    public DateTimeOffset? RecordedAt { get; private set; }

    public void Record(bool attended, string? notes, string? outcome, DateTimeOffset at) =>
        (Attended, Notes, Outcome, RecordedAt) = (attended, notes?.Trim(), outcome?.Trim(), at);
}
