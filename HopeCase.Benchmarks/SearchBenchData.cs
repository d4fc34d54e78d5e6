using System.Diagnostics;
using System.Globalization;
using HopeCase.Core.Beneficiaries;
using HopeCase.Core.Data;
using HopeCase.Core.Saudi;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace HopeCase.Benchmarks;

/// <summary>
/// The search benchmark's beneficiaries, seeded once into a cached file (artifacts/bench/search-N.db, or
/// HOPECASE_BENCH_DIR) so a rerun starts at once; the file is kept until deleted by hand.
/// </summary>
internal static class SearchBenchData
{
    public static readonly string[] First = ["أحمد", "محمد", "فاطمة", "نورة", "عبد الله", "خالد", "سارة", "مريم", "يوسف", "هدى", "علي", "حسن", "ريم", "إبراهيم", "عائشة", "عبد الرحمن"];
    public static readonly string[] Family = ["الزهراني", "مدخلي", "عسيري", "حكمي", "النعمي", "شراحيلي", "عطيف", "الحربي", "القحطاني", "الشهري", "معشي", "مباركي", "صميلي", "جعفري"];

    public static async Task<(IDbContextFactory<HopeDb> Dbs, string File)> OpenAsync(int count)
    {
        var folder = Environment.GetEnvironmentVariable("HOPECASE_BENCH_DIR") ?? Path.Combine("artifacts", "bench");
        Directory.CreateDirectory(folder);
        var file = Path.GetFullPath(Path.Combine(folder, $"search-{count}.db"));
        var done = file + ".complete";
        if (!File.Exists(done))
        {
            SqliteConnection.ClearAllPools();
            foreach (var stale in new[] { file, file + "-wal", file + "-shm" }.Where(File.Exists))
            {
                File.Delete(stale);
            }
        }
        var options = new DbContextOptionsBuilder<HopeDb>();
        HopeDatabase.Configure(options, file);
        var dbs = new PooledDbContextFactory<HopeDb>(options.Options);
        await HopeDatabase.PrepareAsync(dbs);
        if (!File.Exists(done))
        {
            var sw = Stopwatch.StartNew();
            await SeedAsync(dbs, count);
            await using (var db = await dbs.CreateDbContextAsync())
            {
                await db.Database.ExecuteSqlRawAsync("DELETE FROM AuditEntries; PRAGMA wal_checkpoint(TRUNCATE);");
            }
            await File.WriteAllTextAsync(done, DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            Console.WriteLine($"seeded {count:N0} beneficiaries (and their name tokens) in {sw.Elapsed.TotalSeconds:F1} s into {file}");
        }
        else
        {
            Console.WriteLine($"using the cached {count:N0} beneficiaries in {file}");
        }
        return (dbs, file);
    }

    public static string Id(int i)
    {
        var payload = (i % 2 == 0 ? "1" : "2") + i.ToString("00000000", CultureInfo.InvariantCulture);
        return payload + Luhn.CheckDigit(payload);
    }

    private static async Task SeedAsync(IDbContextFactory<HopeDb> dbs, int count)
    {
        const int batch = 10_000;
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
