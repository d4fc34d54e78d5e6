using HopeCase.Core.Arabic;
using HopeCase.Core.Saudi;

namespace HopeCase.Core.Beneficiaries;

public enum Gender
{
    Male = 1,
    Female = 2,
}

public enum RiskLevel
{
    None = 0,
    Low = 1,
    Medium = 2,
    High = 3,
    Critical = 4,
}

/// <summary>A person the association serves. The four-part Arabic name and the ID are the file's spine.</summary>
public sealed class Beneficiary
{
    private Beneficiary()
    {
    }

    public Beneficiary(ArabicName name, SaudiNationalId nationalId, Gender gender, DateOnly birthDate, SaudiMobile? mobile, string governorate, DateTimeOffset createdAt, string? createdBy)
    {
        ArgumentNullException.ThrowIfNull(name);
        Rename(name);
        NationalId = nationalId.Value;
        Gender = gender;
        BirthDate = birthDate;
        Mobile = mobile?.International;
        Governorate = governorate;
        CreatedAt = createdAt;
        CreatedBy = createdBy;
    }

    public int Id { get; private set; }
    public string FirstName { get; private set; } = "";
    public string FatherName { get; private set; } = "";
    public string GrandfatherName { get; private set; } = "";
    public string FamilyName { get; private set; } = "";
    public string FullName { get; private set; } = "";

    /// <summary><see cref="ArabicText.Normalize"/> of the full name: what search and duplicate checks compare.</summary>
    public string NameNormalized { get; private set; } = "";

    public string NationalId { get; private set; } = "";
    public Gender Gender { get; private set; }
    public DateOnly BirthDate { get; private set; }

    /// <summary>+9665XXXXXXXX; families often share one, so it is not unique.</summary>
    public string? Mobile { get; private set; }

    public string Governorate { get; private set; } = "";
    public RiskLevel Risk { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public string? CreatedBy { get; private set; }

    public void Rename(ArabicName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        (FirstName, FatherName, GrandfatherName, FamilyName) = (name.First, name.Father, name.Grandfather, name.Family);
        FullName = name.Full;
        NameNormalized = ArabicText.Normalize(name.Full);
    }

    public void SetRisk(RiskLevel risk) => Risk = risk;
}

/// <summary>The four-part Arabic name: the person, father, grandfather, family.</summary>
public sealed record ArabicName(string First, string Father, string Grandfather, string Family)
{
    public string Full => string.Join(' ', new[] { First, Father, Grandfather, Family }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()));
}
