using HopeCase.Core.Arabic;
using HopeCase.Core.Contacts;
using HopeCase.Core.Saudi;
using HopeCase.Core.Security;

namespace HopeCase.Core.Beneficiaries;

/// <summary>A person the association serves. The four-part Arabic name and the ID are the file's spine.</summary>
[PersonalData]
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
    public string? LatinName { get; private set; }

    /// <summary><see cref="ArabicText.Normalize"/> of the full name (and Latin name): what search and duplicate checks compare.</summary>
    public string NameNormalized { get; private set; } = "";

    /// <summary><see cref="ArabicNames.Key"/> of the Arabic full name: equal keys are the same name however typed.</summary>
    public string NameKey { get; private set; } = "";

    public string NationalId { get; private set; } = "";
    public DateOnly? IdExpiry { get; private set; }
    public string Nationality { get; private set; } = "SA";
    public Gender Gender { get; private set; }
    public DateOnly BirthDate { get; private set; }

    /// <summary>+9665XXXXXXXX; families often share one, so it is not unique.</summary>
    public string? Mobile { get; private set; }

    public string? Email { get; private set; }
    public string Region { get; private set; } = "جازان";
    public string Governorate { get; private set; } = "";
    public string? Address { get; private set; }
    public MaritalStatus? MaritalStatus { get; private set; }
    public int? HouseholdSize { get; private set; }
    public IncomeBracket? Income { get; private set; }
    public ContactChannel PreferredChannel { get; private set; } = ContactChannel.Phone;
    public bool ConsentSms { get; private set; }
    public bool ConsentEmail { get; private set; }
    public DateTimeOffset? ConsentRecordedAt { get; private set; }
    public string? ConsentRecordedBy { get; private set; }
    public RiskLevel Risk { get; private set; }

    /// <summary>The language of messages to the beneficiary: "en" for English; null or "ar" for Arabic.</summary>
    public string? MessageLanguage { get; private set; }

    /// <summary>Given at registration (after acceptance), never at intake.</summary>
    public string? FileNumber { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public string? CreatedBy { get; private set; }

    public void Rename(ArabicName name, string? latinName = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        (FirstName, FatherName, GrandfatherName, FamilyName) = (name.First.Trim(), name.Father.Trim(), name.Grandfather.Trim(), name.Family.Trim());
        FullName = name.Full;
        LatinName = string.IsNullOrWhiteSpace(latinName) ? null : latinName.Trim();
        NameNormalized = ArabicText.Normalize(LatinName is null ? FullName : $"{FullName} {LatinName}");
        NameKey = ArabicNames.Key(FullName);
    }

    /// <summary>The tokens the search index holds for this file: the Arabic name's, then the Latin name's.</summary>
    internal IReadOnlyList<string> IndexTokens() =>
        ArabicNames.Tokens(FullName).Concat(ArabicNames.Tokens(LatinName)).Distinct(StringComparer.Ordinal).Take(ArabicNames.MaxTokens * 2).ToList();

    public void UpdateDetails(BeneficiaryDetails d)
    {
        ArgumentNullException.ThrowIfNull(d);
        IdExpiry = d.IdExpiry;
        Nationality = string.IsNullOrWhiteSpace(d.Nationality) ? "SA" : d.Nationality.Trim();
        Gender = d.Gender;
        BirthDate = d.BirthDate;
        Mobile = d.Mobile?.International;
        Email = string.IsNullOrWhiteSpace(d.Email) ? null : d.Email.Trim();
        Region = d.Region;
        Governorate = d.Governorate;
        Address = string.IsNullOrWhiteSpace(d.Address) ? null : d.Address.Trim();
        MaritalStatus = d.MaritalStatus;
        HouseholdSize = d.HouseholdSize;
        Income = d.Income;
        PreferredChannel = d.PreferredChannel;
    }

    /// <summary>Consent is evidence: who recorded it and when is kept with it.</summary>
    public void RecordConsent(bool sms, bool email, DateTimeOffset at, string? by)
    {
        if (sms == ConsentSms && email == ConsentEmail && ConsentRecordedAt is not null)
        {
            return;
        }
        (ConsentSms, ConsentEmail, ConsentRecordedAt, ConsentRecordedBy) = (sms, email, at, by);
    }

    public void SetRisk(RiskLevel risk) => Risk = risk;

    public void SetMessageLanguage(string language) => MessageLanguage = language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "ar";

    public void AssignFileNumber(string number)
    {
        if (FileNumber is not null)
        {
            throw new InvalidOperationException("The beneficiary already has a file number.");
        }
        FileNumber = number;
    }
}
