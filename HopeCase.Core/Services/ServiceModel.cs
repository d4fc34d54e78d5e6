using HopeCase.Core.Committee;

namespace HopeCase.Core.Services;

/// <summary>The registration checklist (P-6.6). Numbers are stored: never renumber.</summary>
public enum ChecklistItem
{
    IdentityConfirmed = 1,
    ContactConfirmed = 2,
    ConsentSigned = 3,
    ServicesExplained = 4,
}

/// <summary>The registration of an accepted request: the checklist, then the beneficiary's file number.</summary>
public sealed class Registration
{
    private Registration()
    {
    }

    public Registration(int requestId, int beneficiaryId) => (SupportRequestId, BeneficiaryId) = (requestId, beneficiaryId);

    public int Id { get; private set; }
    public int SupportRequestId { get; private set; }
    public int BeneficiaryId { get; private set; }

    /// <summary>Ticked checklist items as bits of <see cref="ChecklistItem"/>.</summary>
    public int Checked { get; private set; }

    public string? FileNumber { get; private set; }
    public DateTimeOffset? RegisteredAt { get; private set; }
    public string? RegisteredByName { get; private set; }

    public bool Has(ChecklistItem item) => (Checked & (1 << (int)item)) != 0;

    public void Tick(ChecklistItem item, bool on) => Checked = on ? Checked | (1 << (int)item) : Checked & ~(1 << (int)item);

    public bool Complete => Enum.GetValues<ChecklistItem>().All(Has);

    public void Register(string fileNumber, DateTimeOffset at, string? byName) => (FileNumber, RegisteredAt, RegisteredByName) = (fileNumber, at, byName);
}

/// <summary>A beneficiary's file number: unique, given once, a yearly sequence in the Hijri year (1448/00042).</summary>
public sealed class FileNumber
{
    private FileNumber()
    {
    }

    public FileNumber(int beneficiaryId, int hijriYear, int sequence, DateTimeOffset at)
    {
        (BeneficiaryId, HijriYear, Sequence, CreatedAt) = (beneficiaryId, hijriYear, sequence, at);
        Number = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{hijriYear}/{sequence:00000}");
    }

    public int Id { get; private set; }
    public int BeneficiaryId { get; private set; }
    public int HijriYear { get; private set; }
    public int Sequence { get; private set; }
    public string Number { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
}

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

/// <summary>The last file number given in a Hijri year; bumped inside the registering transaction.</summary>
public sealed class FileSequence
{
    private FileSequence()
    {
    }

    public int Year { get; private set; }
    public int Last { get; private set; }
}
