using HopeCase.Core.Beneficiaries;
using HopeCase.Core.Saudi;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Web.Demo;

/// <summary>Six demo beneficiaries from around Jizan, with valid national IDs and mobiles; only into an empty table.</summary>
internal static class BeneficiariesDemo
{
    public static async Task SeedAsync(DemoRun run, CancellationToken ct)
    {
        await using var db = await run.Dbs.CreateDbContextAsync(ct);
        if (!await db.Beneficiaries.AnyAsync(ct))
        {
            db.Beneficiaries.AddRange(People(run.Now));
            await db.SaveChangesAsync(ct);
        }
    }

    private static IEnumerable<Beneficiary> People(DateTimeOffset now)
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
}
