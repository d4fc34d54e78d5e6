namespace HopeCase.Core.Contacts;

/// <summary>A critical-risk alert shown on every manager page until a manager acknowledges it.</summary>
public sealed class ManagerAlert
{
    private ManagerAlert()
    {
    }

    public ManagerAlert(int beneficiaryId, int? requestId, string reason, DateTimeOffset at, string? byName)
    {
        (BeneficiaryId, SupportRequestId, Reason, RaisedAt, RaisedByName) = (beneficiaryId, requestId, reason, at, byName);
    }

    public int Id { get; private set; }
    public int BeneficiaryId { get; private set; }
    public int? SupportRequestId { get; private set; }
    public string Reason { get; private set; } = "";
    public DateTimeOffset RaisedAt { get; private set; }
    public string? RaisedByName { get; private set; }
    public DateTimeOffset? AcknowledgedAt { get; private set; }
    public string? AcknowledgedByName { get; private set; }

    public void Acknowledge(DateTimeOffset at, string? byName)
    {
        if (AcknowledgedAt is null)
        {
            (AcknowledgedAt, AcknowledgedByName) = (at, byName);
        }
    }
}
