using HopeCase.Core.Beneficiaries;
using HopeCase.Core.Contacts;

namespace HopeCase.Web.Features.Beneficiaries;

/// <summary>What the beneficiary form edits: text as typed, turned into the service's input on save.</summary>
public sealed class BeneficiaryFormModel
{
    public string First { get; set; } = "";
    public string Father { get; set; } = "";
    public string Grandfather { get; set; } = "";
    public string Family { get; set; } = "";
    public string? LatinName { get; set; }
    public string NationalId { get; set; } = "";
    public DateOnly? IdExpiry { get; set; }
    public string Nationality { get; set; } = "SA";
    public Gender Gender { get; set; } = Gender.Male;
    public DateOnly? BirthDate { get; set; }
    public string? Mobile { get; set; }
    public string? Email { get; set; }
    public string Region { get; set; } = "جازان";
    public string Governorate { get; set; } = "جيزان";
    public string? Address { get; set; }
    public MaritalStatus? MaritalStatus { get; set; }
    public int? HouseholdSize { get; set; }
    public IncomeBracket? Income { get; set; }
    public ContactChannel PreferredChannel { get; set; } = ContactChannel.Phone;
    public bool ConsentSms { get; set; }
    public bool ConsentEmail { get; set; }

    public BeneficiaryInput? ToInput() => BirthDate is { } birth
        ? new BeneficiaryInput(new ArabicName(First, Father, Grandfather, Family), LatinName, NationalId, IdExpiry, Nationality, Gender,
            birth, Mobile, Email, Region, Governorate, Address, MaritalStatus, HouseholdSize, Income, PreferredChannel, ConsentSms, ConsentEmail)
        : null;

    public static BeneficiaryFormModel From(BeneficiaryFile f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return new()
        {
            First = f.First, Father = f.Father, Grandfather = f.Grandfather, Family = f.Family, LatinName = f.LatinName,
            NationalId = f.NationalId, IdExpiry = f.IdExpiry, Nationality = f.Nationality, Gender = f.Gender, BirthDate = f.BirthDate,
            Mobile = f.Mobile, Email = f.Email, Region = f.Region, Governorate = f.Governorate, Address = f.Address,
            MaritalStatus = f.MaritalStatus, HouseholdSize = f.HouseholdSize, Income = f.Income, PreferredChannel = f.PreferredChannel,
            ConsentSms = f.ConsentSms, ConsentEmail = f.ConsentEmail,
        };
    }
}
