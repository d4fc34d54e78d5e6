using HopeCase.Core.Staff;

namespace HopeCase.Web.Demo;

/// <summary>Demo staff: one login per role, and two more committee members so the demo session has its members.</summary>
internal static class StaffDemo
{
    /// <summary>Shared by every demo login; printed at start-up. Demo installs only.</summary>
    public const string Password = "amal-demo-2026";

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
            if (await run.Users.FindByEmailAsync(email) is not null)
            {
                continue;
            }
            var user = new StaffUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, CreatedAt = run.Now };
            var result = await run.Users.CreateAsync(user, Password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
            }
            await run.Users.AddToRoleAsync(user, role);
        }
    }

    public static void PrintLogins(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("  HopeCase demo logins (Development only) - password for all: " + Password);
        foreach (var (email, _, role) in Staff)
        {
            output.WriteLine($"    {role,-18} {email}");
        }
        output.WriteLine();
    }
}
