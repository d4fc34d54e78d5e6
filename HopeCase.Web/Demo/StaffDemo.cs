using HopeCase.Core.Staff;
using HopeCase.Web.Account;

namespace HopeCase.Web.Demo;

/// <summary>Demo staff: one login per role, and two more committee members so the demo session has its members.</summary>
internal static class StaffDemo
{
    /// <summary>Shared by every demo login; printed at start-up. Demo installs only.</summary>
    public const string Password = "amal-demo-2026";

    /// <summary>
    /// The authenticator key of every demo login whose role needs a second factor (<c>Auth:RequireTwoFactorRoles</c>):
    /// known and printed, so a demo can be signed in with any authenticator app. Demo installs only.
    /// </summary>
    public const string AuthenticatorKey = "HOPECASEDEMOKEYAMALJIZANSECRETXQ";

    public static IReadOnlyList<(string Email, string Name, string Role)> Staff { get; } =
    [
        ("admin@hope.demo", "نورة الحربي", Roles.Admin),
        ("manager@hope.demo", "خالد الشهري", Roles.Manager),
        ("relations@hope.demo", "مريم عسيري", Roles.RelationsOfficer),
        ("research@hope.demo", "عبدالله مدخلي", Roles.ResearchOfficer),
        ("committee@hope.demo", "سارة حكمي", Roles.CommitteeMember),
        ("provider@hope.demo", "د. فهد النعمي", Roles.ServiceProvider),
        ("committee2@hope.demo", "محمد صميلي", Roles.CommitteeMember),
        ("committee3@hope.demo", "أمل قاسم", Roles.CommitteeMember),
    ];

    public static async Task SeedAsync(DemoRun run, CancellationToken ct)
    {
        foreach (var (email, name, role) in Staff)
        {
            var user = await run.Users.FindByEmailAsync(email);
            if (user is null)
            {
                user = new StaffUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, CreatedAt = run.Now };
                var result = await run.Users.CreateAsync(user, Password);
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
                }
                await run.Users.AddToRoleAsync(user, role);
            }
            // Enrolled with the known key, also in a demo database made before second factors existed.
            if (run.Auth.RequireTwoFactorRoles.Contains(role) && !await run.Users.GetTwoFactorEnabledAsync(user))
            {
                await Authenticator.SetKeyAsync(run.Users, user, AuthenticatorKey);
                await run.Users.SetTwoFactorEnabledAsync(user, true);
            }
        }
    }

    public static void PrintLogins(TextWriter output, AuthOptions auth)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(auth);
        output.WriteLine();
        output.WriteLine("  HopeCase demo logins (Development only) - password for all: " + Password);
        foreach (var (email, _, role) in Staff)
        {
            var second = auth.RequireTwoFactorRoles.Contains(role) ? "  + authenticator code" : "";
            output.WriteLine($"    {role,-18} {email}{second}");
        }
        output.WriteLine();
        output.WriteLine("  Second factor (roles " + string.Join(", ", auth.RequireTwoFactorRoles) + "): add this key to an authenticator app,");
        output.WriteLine("    key " + Authenticator.Grouped(AuthenticatorKey).ToUpperInvariant());
        output.WriteLine("    or  " + Authenticator.Uri("demo@hope.demo", AuthenticatorKey));
        output.WriteLine("    or print the current code with: oathtool --totp -b " + AuthenticatorKey);
        output.WriteLine();
    }
}
