namespace HopeCase.Core.Registration;

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
