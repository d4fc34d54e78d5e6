using HopeCase.Core.Staff;

namespace HopeCase.Web.Account;

/// <summary>The <c>Auth</c> settings: who must use a second factor, when an idle session ends, and the sign-in throttle.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>Roles that cannot use HopeCase without a second factor (<c>Auth:RequireTwoFactorRoles</c>).</summary>
    public IReadOnlyList<string> RequireTwoFactorRoles { get; set; } = [Roles.Admin, Roles.Manager, Roles.ServiceProvider];

    /// <summary>Minutes without activity after which a session ends (<c>Auth:IdleTimeoutMinutes</c>, default 30; fractions allowed).</summary>
    public double IdleTimeoutMinutes { get; set; } = 30;

    /// <summary>Sign-in attempts one client address may make in a burst, then one more every few seconds.</summary>
    public int SignInBurstPerClient { get; set; } = 30;

    /// <summary>Sign-in attempts against one account in a burst (the lockout after five wrong passwords still applies).</summary>
    public int SignInBurstPerAccount { get; set; } = 10;

    public TimeSpan IdleTimeout => TimeSpan.FromMinutes(Math.Max(0.1, IdleTimeoutMinutes));

    public static AuthOptions From(IConfiguration config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var section = config.GetSection(Section);
        var options = new AuthOptions
        {
            IdleTimeoutMinutes = section.GetValue(nameof(IdleTimeoutMinutes), 30d),
            SignInBurstPerClient = section.GetValue(nameof(SignInBurstPerClient), 30),
            SignInBurstPerAccount = section.GetValue(nameof(SignInBurstPerAccount), 10),
        };
        // Read as a whole list: binding onto the default would add to it instead of replacing it.
        if (section.GetSection(nameof(RequireTwoFactorRoles)).Get<string[]>() is { } roles)
        {
            options.RequireTwoFactorRoles = roles.Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r.Trim()).ToList();
        }
        return options;
    }

    public bool RequiresTwoFactor(System.Security.Claims.ClaimsPrincipal user) =>
        user is not null && RequireTwoFactorRoles.Any(user.IsInRole);
}
