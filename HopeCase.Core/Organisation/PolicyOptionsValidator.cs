using Microsoft.Extensions.Options;

namespace HopeCase.Core.Organisation;

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
