using HopeCase.Core.Beneficiaries;
using HopeCase.Core.Data;
using HopeCase.Core.Saudi;
using HopeCase.Core.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Web.Demo;

/// <summary>Demo staff (one per role) and demo beneficiaries. Development only: never seeded in Production.</summary>
internal static class DemoData
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
    ];

    public static async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var users = services.GetRequiredService<UserManager<StaffUser>>();
        var clock = services.GetRequiredService<TimeProvider>();
        foreach (var (email, name, role) in Staff)
        {
            if (await users.FindByEmailAsync(email) is not null)
            {
                continue;
            }
            var user = new StaffUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, CreatedAt = clock.GetUtcNow() };
            var result = await users.CreateAsync(user, Password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
            }
            await users.AddToRoleAsync(user, role);
        }

        var dbs = services.GetRequiredService<IDbContextFactory<HopeDb>>();
        await using var db = await dbs.CreateDbContextAsync(ct);
        if (!await db.Beneficiaries.AnyAsync(ct))
        {
            db.Beneficiaries.AddRange(DemoBeneficiaries(clock.GetUtcNow()));
            await db.SaveChangesAsync(ct);
        }
        // Research first: it seeds only into an empty request table, and the feedback demo adds requests of its own.
        await DemoResearch.SeedAsync(services, ct);
        if (services.GetRequiredService<IConfiguration>().GetValue("Demo:FeedbackSeed", true))
        {
            await FeedbackDemo.SeedAsync(dbs, users, clock, ct);
        }
    }

    private static IEnumerable<Beneficiary> DemoBeneficiaries(DateTimeOffset now)
    {
        (string First, string Father, string Grand, string Family, Gender Gender, string Governorate)[] people =
        [
            ("أحمد", "محمد", "علي", "الزهراني", Gender.Male, "جيزان"),
            ("فاطمة", "حسن", "يحيى", "مدخلي", Gender.Female, "صبيا"),
            ("محمد", "عبدالله", "أحمد", "عطيف", Gender.Male, "أبو عريش"),
            ("نوف", "إبراهيم", "محمد", "حكمي", Gender.Female, "صامطة"),
            ("يوسف", "علي", "حسن", "النعمي", Gender.Male, "بيش"),
            ("هدى", "موسى", "عيسى", "شراحيلي", Gender.Female, "ضمد"),
        ];
        for (var i = 0; i < people.Length; i++)
        {
            var p = people[i];
            var payload = (i % 2 == 0 ? "1" : "2") + (10000000 + (i * 7919)).ToString("00000000", System.Globalization.CultureInfo.InvariantCulture);
            var id = SaudiNationalId.Parse(payload + Luhn.CheckDigit(payload));
            var mobile = SaudiMobile.Parse($"05{50000000 + (i * 1234567) % 49999999:00000000}");
            yield return new Beneficiary(new ArabicName(p.First, p.Father, p.Grand, p.Family), id, p.Gender,
                new DateOnly(1980 + (i * 3), 1 + i, 10 + i), mobile, p.Governorate, now, "demo");
        }
    }

    public static void PrintLogins(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("  HopeCase demo logins (Development only) - password for all: " + Password);
        foreach (var (email, _, role) in Staff.Concat(DemoResearch.ExtraStaff))
        {
            output.WriteLine($"    {role,-18} {email}");
        }
        output.WriteLine();
    }
}
