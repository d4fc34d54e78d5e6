using HopeCase.Core.Saudi;
using Microsoft.Extensions.Options;

namespace HopeCase.Core.Settings;

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
        if (!string.IsNullOrWhiteSpace(options.Iban) && !Saudi.Iban.IsValid(options.Iban))
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

public sealed class PolicyOptionsValidator : IValidateOptions<PolicyOptions>
{
    public ValidateOptionsResult Validate(string? name, PolicyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (options.DecisionWindowDays is < 1 or > 90)
        {
            errors.Add($"Setting {PolicyOptions.Section}:{nameof(options.DecisionWindowDays)} must be between 1 and 90 days.");
        }
        if (options.CriticalWindowDays < 1 || options.CriticalWindowDays > options.DecisionWindowDays)
        {
            errors.Add($"Setting {PolicyOptions.Section}:{nameof(options.CriticalWindowDays)} must be at least 1 and not above {nameof(options.DecisionWindowDays)}.");
        }
        if (!(0 < options.ResearchReminderDay && options.ResearchReminderDay < options.ChairReminderDay && options.ChairReminderDay <= options.EscalationDay))
        {
            errors.Add($"Settings {PolicyOptions.Section}:{nameof(options.ResearchReminderDay)} < {nameof(options.ChairReminderDay)} <= {nameof(options.EscalationDay)} must hold.");
        }
        if (options.AppealDays < 1)
        {
            errors.Add($"Setting {PolicyOptions.Section}:{nameof(options.AppealDays)} must be at least 1.");
        }
        if (options.CommitteeQuorum < 1)
        {
            errors.Add($"Setting {PolicyOptions.Section}:{nameof(options.CommitteeQuorum)} must be at least 1.");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
