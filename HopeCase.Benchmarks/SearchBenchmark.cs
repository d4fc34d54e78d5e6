using System.Diagnostics;
using System.Globalization;
using HopeCase.Core.Audit;
using HopeCase.Core.Beneficiaries;
using HopeCase.Core.Data;
using HopeCase.Core.Saudi;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Benchmarks;

/// <summary>Seeds N beneficiaries into a fresh SQLite file and times the intake search (name, ID, mobile).</summary>
internal static class SearchBenchmark
{
    private static readonly string[] First = ["أحمد", "محمد", "فاطمة", "نورة", "عبدالله", "خالد", "سارة", "مريم", "يوسف", "هدى", "علي", "حسن", "ريم", "إبراهيم", "عائشة", "موسى"];
    private static readonly string[] Family = ["الزهراني", "مدخلي", "عسيري", "حكمي", "النعمي", "شراحيلي", "عطيف", "الحربي", "القحطاني", "الشهري", "معشي", "مباركي", "صميلي", "جعفري"];

    public static async Task RunAsync(int count)
    {
        await using var database = await BenchDatabase.CreateAsync("bench", withCatalogue: false);
        var dbs = database.Dbs;

        var sw = Stopwatch.StartNew();
        await SeedAsync(dbs, count);
        Console.WriteLine($"seeded {count:N0} beneficiaries in {sw.Elapsed.TotalSeconds:F1} s");

        var service = new BeneficiaryService(dbs, new AuditLog(dbs, TimeProvider.System), TimeProvider.System);
        var officer = new Actor("bench", "bench", new HashSet<string> { Roles.RelationsOfficer });
        var random = new Random(7);
        (string Label, Func<int, string> Query)[] cases =
        [
            ("one name word", i => First[i % First.Length]),
            ("two name words, other spelling", i => Normalise(First[i % First.Length]) + " " + Family[i % Family.Length]),
            ("rare full name", i => $"{First[i % First.Length]} {Family[(i * 3) % Family.Length]} {i % 500}"),
            ("national ID", i => Id(random.Next(count))),
            ("mobile", i => $"05{50000000 + random.Next(count):00000000}"),
        ];
        Console.WriteLine($"search over {count:N0} beneficiaries, first page of 20 (ms):");
        foreach (var (label, query) in cases)
        {
            await service.SearchAsync(officer, query(0)); // warm the plan cache
            var (p50, p95, max) = await Stats.TimeAsync(200, i => service.SearchAsync(officer, query(i)));
            Console.WriteLine($"  {label,-32} p50 {p50,7:F2}   p95 {p95,7:F2}   max {max,7:F2}");
        }
    }

    private static string Normalise(string name) => name.Replace('أ', 'ا').Replace('ة', 'ه').Replace('إ', 'ا');

    private static string Id(int i)
    {
        var payload = (i % 2 == 0 ? "1" : "2") + i.ToString("00000000", CultureInfo.InvariantCulture);
        return payload + Luhn.CheckDigit(payload);
    }

    private static async Task SeedAsync(IDbContextFactory<HopeDb> dbs, int count)
    {
        const int batch = 5_000;
        var now = DateTimeOffset.UtcNow;
        for (var start = 0; start < count; start += batch)
        {
            await using var db = await dbs.CreateDbContextAsync();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = start; i < Math.Min(count, start + batch); i++)
            {
                var name = new ArabicName(First[i % First.Length], First[(i / 7) % First.Length], First[(i / 49) % First.Length], $"{Family[(i / 3) % Family.Length]} {i % 500}");
                db.Beneficiaries.Add(new Beneficiary(name, SaudiNationalId.Parse(Id(i)), i % 2 == 0 ? Gender.Male : Gender.Female,
                    new DateOnly(1960 + (i % 50), 1 + (i % 12), 1 + (i % 28)), SaudiMobile.Parse($"05{50000000 + i:00000000}"), "جيزان", now, "bench"));
            }
            await db.SaveChangesAsync();
        }
    }
}
