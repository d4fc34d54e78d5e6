namespace HopeCase.Core.Contacts;

/// <summary>One contact on one of the eight channels (P-4): recorded, and answered.</summary>
public sealed class Contact
{
    private Contact()
    {
    }

    public Contact(int? beneficiaryId, string? callerName, string? callerPhone, ContactChannel channel, ContactDirection direction,
        ContactPurpose purpose, string summary, string? answer, int? faqEntryId, int? durationMinutes, DateTimeOffset at, string? staffId, string? staffName)
    {
        (BeneficiaryId, CallerName, CallerPhone, Channel, Direction, Purpose) = (beneficiaryId, callerName, callerPhone, channel, direction, purpose);
        (Summary, Answer, FaqEntryId, DurationMinutes, At, StaffId, StaffName) = (summary.Trim(), answer?.Trim(), faqEntryId, durationMinutes, at, staffId, staffName);
    }

    public int Id { get; private set; }
    public int? BeneficiaryId { get; private set; }
    public string? CallerName { get; private set; }
    public string? CallerPhone { get; private set; }
    public ContactChannel Channel { get; private set; }
    public ContactDirection Direction { get; private set; }
    public ContactPurpose Purpose { get; private set; }
    public string Summary { get; private set; } = "";
    public string? Answer { get; private set; }

    /// <summary>The FAQ entry that answered an inquiry (P-6.1), when one did.</summary>
    public int? FaqEntryId { get; private set; }

    public int? DurationMinutes { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string? StaffId { get; private set; }
    public string? StaffName { get; private set; }
    public bool Referred { get; private set; }

    public bool IsAnswered => !string.IsNullOrWhiteSpace(Answer);

    public void Refer() => Referred = true;

    public void RecordAnswer(string answer, int? faqEntryId)
    {
        Answer = answer.Trim();
        FaqEntryId = faqEntryId ?? FaqEntryId;
    }
}
