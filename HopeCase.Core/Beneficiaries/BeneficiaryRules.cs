using HopeCase.Core.Saudi;

namespace HopeCase.Core.Beneficiaries;

/// <summary>The checks every beneficiary's file passes, wherever it comes from (staff, the website, an import).</summary>
public static class BeneficiaryRules
{
    /// <summary>Error codes ("NationalId.Invalid") that pages turn into words; empty when the input is valid.</summary>
    public static IReadOnlyList<string> Validate(BeneficiaryInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<string>();
        if (new[] { input.Name.First, input.Name.Father, input.Name.Grandfather, input.Name.Family }.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add("Name.FourParts");
        }
        if (!SaudiNationalId.IsValid(input.NationalId))
        {
            errors.Add("NationalId.Invalid");
        }
        if (!string.IsNullOrWhiteSpace(input.Mobile) && !SaudiMobile.TryParse(input.Mobile, out _))
        {
            errors.Add("Mobile.Invalid");
        }
        if (input.BirthDate.Year < 1900 || input.BirthDate > DateOnly.FromDateTime(DateTime.UtcNow))
        {
            errors.Add("BirthDate.Invalid");
        }
        if (input.HouseholdSize is < 1 or > 40)
        {
            errors.Add("HouseholdSize.Invalid");
        }
        if (string.IsNullOrWhiteSpace(input.Governorate))
        {
            errors.Add("Governorate.Required");
        }
        if (input.ConsentSms && SaudiMobile.Normalize(input.Mobile) is null)
        {
            errors.Add("Consent.SmsNeedsMobile");
        }
        if (input.ConsentEmail && string.IsNullOrWhiteSpace(input.Email))
        {
            errors.Add("Consent.EmailNeedsEmail");
        }
        return errors;
    }

    public static BeneficiaryDetails Details(BeneficiaryInput i) =>
        new(i.IdExpiry, i.Nationality, i.Gender, i.BirthDate, SaudiMobile.TryParse(i.Mobile, out var m) ? m : null, i.Email,
            i.Region, i.Governorate, i.Address, i.MaritalStatus, i.HouseholdSize, i.Income, i.PreferredChannel);

    /// <summary>A new file from valid input, as staff, the website and an import create it.</summary>
    public static Beneficiary NewFile(BeneficiaryInput input, DateTimeOffset now, string? by)
    {
        ArgumentNullException.ThrowIfNull(input);
        var b = new Beneficiary(input.Name, SaudiNationalId.Parse(input.NationalId), input.Gender, input.BirthDate,
            SaudiMobile.TryParse(input.Mobile, out var m) ? m : null, input.Governorate, now, by);
        b.Rename(input.Name, input.LatinName);
        b.UpdateDetails(Details(input));
        b.RecordConsent(input.ConsentSms, input.ConsentEmail, now, by);
        return b;
    }
}
