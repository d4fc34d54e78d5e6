using HopeCase.Core.Saudi;
using Microsoft.Extensions.Options;

namespace HopeCase.Core.Organisation;

/// <summary>Stops start-up with a message naming the setting when the organisation profile is incomplete or wrong.</summary>
public sealed class OrganisationProfileValidator : IValidateOptions<OrganisationProfile>
{
    public ValidateOptionsResult Validate(string? name, OrganisationProfile options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        void Required(string value, string key)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                errors.Add($"Setting {OrganisationProfile.Section}:{key} is missing.");
            }
        }

        Required(options.NameAr, nameof(options.NameAr));
        Required(options.NameEn, nameof(options.NameEn));
        Required(options.LicenceAr, nameof(options.LicenceAr));
        Required(options.SupervisorAr, nameof(options.SupervisorAr));
        Required(options.Phone, nameof(options.Phone));
        Required(options.AddressAr, nameof(options.AddressAr));
        Required(options.Iban, nameof(options.Iban));
        if (!string.IsNullOrWhiteSpace(options.Iban) && !Iban.IsValid(options.Iban))
        {
            errors.Add($"Setting {OrganisationProfile.Section}:{nameof(options.Iban)} is not a valid Saudi IBAN (SA, 24 characters, mod 97): '{options.Iban}'.");
        }
        if (!string.IsNullOrWhiteSpace(options.Email) && !options.Email.Contains('@', StringComparison.Ordinal))
        {
            errors.Add($"Setting {OrganisationProfile.Section}:{nameof(options.Email)} is not an email address.");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
