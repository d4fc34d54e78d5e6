namespace HopeCase.Core.Registration;

/// <summary>The registration of an accepted request: the checklist, then the beneficiary's file number.</summary>
public sealed class BeneficiaryRegistration
{
    private BeneficiaryRegistration()
    {
    }

    public BeneficiaryRegistration(int requestId, int beneficiaryId) => (SupportRequestId, BeneficiaryId) = (requestId, beneficiaryId);

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
