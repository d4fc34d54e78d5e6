using HopeCase.Core.Feedback;
using HopeCase.Core.Letters;
using Microsoft.Extensions.Options;

namespace HopeCase.Web.Hosting;

/// <summary>
/// The bases of the links HopeCase sends to beneficiaries (the verification link on letters, survey links):
/// in Production a configured base must be an absolute https:// address, or start-up stops naming the setting.
/// Empty falls back to <c>Organisation:Website</c>, which gets https:// when it has no scheme.
/// </summary>
internal static class PublicBaseUrls
{
    public static void AddPublicBaseUrlChecks(this IServiceCollection services)
    {
        services.AddSingleton<IValidateOptions<LetterOptions>>(sp =>
            new Check<LetterOptions>(sp.GetRequiredService<IHostEnvironment>(), "Letters:PublicBaseUrl", o => o.PublicBaseUrl));
        services.AddSingleton<IValidateOptions<FeedbackOptions>>(sp =>
            new Check<FeedbackOptions>(sp.GetRequiredService<IHostEnvironment>(), "Feedback:PublicBaseUrl", o => o.PublicBaseUrl));
    }

    /// <summary>Null when <paramref name="value"/> is empty or an absolute https:// address without query or fragment.</summary>
    public static string? Problem(string setting, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        return Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Query.Length == 0 && uri.Fragment.Length == 0
            ? null
            : $"{setting} must be an absolute https:// address such as https://hope.example.org (it is \"{value}\").";
    }

    private sealed class Check<T>(IHostEnvironment env, string setting, Func<T, string?> value) : IValidateOptions<T> where T : class
    {
        public ValidateOptionsResult Validate(string? name, T options) =>
            env.IsProduction() && Problem(setting, value(options)) is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
    }
}
