using System.Diagnostics;
using System.Globalization;
using HopeCase.Core.Arabic;
using HopeCase.Core.Beneficiaries;
using HopeCase.Core.Data;
using HopeCase.Core.Saudi;
using Microsoft.EntityFrameworkCore;
using Microsoft.Data.Sqlite;
using Npgsql;
using System.Data.Common;

namespace HopeCase.Benchmarks;

/// <summary>
/// The search benchmark's beneficiaries, seeded by <see cref="RawSeeder"/> (the files and their name tokens exactly as
/// the app's save writes them) once into a cached file (<see cref="SeedCache"/>), so a rerun starts at once.
/// Progress goes to standard error, so `--provider both` prints its two columns line by line.
/// </summary>
internal static class SearchBenchData
{
    public static readonly string[] First = ["أحمد", "محمد", "فاطمة", "نورة", "عبد الله", "خالد", "سارة", "مريم", "يوسف", "هدى", "علي", "حسن", "ريم", "إبراهيم", "عائشة", "عبد الرحمن"];
    public static readonly string[] Family = ["الزهراني", "مدخلي", "عسيري", "حكمي", "النعمي", "شراحيلي", "عطيف", "الحربي", "القحطاني", "الشهري", "معشي", "مباركي", "صميلي", "جعفري"];

    /// <summary>Bump when the seeded rows change.</summary>
    private const string Version = "search-seed-4";

    /// <summary>
    /// The seeded database of the chosen provider: on SQLite the cached file; on PostgreSQL (<c>--provider Postgres</c>)
    /// a fresh database seeded by COPY each run (a server keeps no cache), dropped when disposed.
    /// </summary>
    public static async Task<Seeded> OpenAsync(int count)
    {
        if (BenchDatabase.Provider == DataProvider.Postgres)
        {
            var database = await BenchDatabase.CreateAsync("search", withCatalogue: false);
            var sw = Stopwatch.StartNew();
            await SeedAsync(database.Dbs, count);
            await using (var db = await database.Dbs.CreateDbContextAsync())
            {
                await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE");
            }
            Console.WriteLine($"seeded {count:N0} beneficiaries and their name tokens by COPY in {sw.Elapsed.TotalSeconds:F1} s (with VACUUM ANALYZE) into a fresh PostgreSQL database");
            return new Seeded(database.Dbs, () => new NpgsqlConnection(database.ConnectionString), database);
        }
        var (dbs, file) = await SeedCache.OpenAsync($"search-{count}", SeedVersion(count), dbs => SeedAsync(dbs, count));
        return new Seeded(dbs, () => new SqliteConnection(HopeDatabase.ConnectionString(file)), null);
    }

    /// <summary>The seeded database: the app's contexts, a raw connection to the same database, and what to drop after.</summary>
    public sealed record Seeded(IDbContextFactory<HopeDb> Dbs, Func<DbConnection> Connect, BenchDatabase? Owner) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Owner?.DisposeAsync() ?? ValueTask.CompletedTask;
    }

    /// <summary>A working copy of the same cached seed in a temporary folder, for an app that writes (sign-ins, audit rows).</summary>
    public static Task<SeedCache.WorkingCopy> OpenCopyAsync(int count) =>
        SeedCache.OpenForProviderAsync($"search-{count}", SeedVersion(count), dbs => SeedAsync(dbs, count));

    // The match tokens of every seeded name part are part of the version: a change to the normalisation reseeds.
    private static string SeedVersion(int count) => $"{Version}|{count}|{string.Join("|", First.Concat(Family).Select(ArabicNames.Key))}";

    public static string Id(int i)
    {
        var payload = (i % 2 == 0 ? "1" : "2") + i.ToString("00000000", CultureInfo.InvariantCulture);
        return payload + Luhn.CheckDigit(payload);
    }

    public static ArabicName Name(int i) =>
        new(First[i % First.Length], First[(i / 7) % First.Length], First[(i / 49) % First.Length], $"{Family[(i / 3) % Family.Length]} {i % 500}");

    private static async Task<string> SeedAsync(IDbContextFactory<HopeDb> dbs, int count)
    {
        const int batch = 5_000;
        var now = DateTimeOffset.UtcNow;
        await using var seeder = await RawSeeder.BeginAsync(dbs);
        var sw = Stopwatch.StartNew();
        for (var start = 0; start < count; start += batch)
        {
            await seeder.AddAsync(Enumerable.Range(start, Math.Min(batch, count - start)).Select(i =>
                new Beneficiary(Name(i), SaudiNationalId.Parse(Id(i)), i % 2 == 0 ? Gender.Male : Gender.Female,
                    new DateOnly(1960 + (i % 50), 1 + (i % 12), 1 + (i % 28)), SaudiMobile.Parse($"05{50000000 + i:00000000}"), "جيزان", now, "bench")));
            if ((start / batch) % 40 == 39)
            {
                Console.Error.WriteLine($"  {start + batch:N0} of {count:N0} written ({seeder.Rows:N0} rows) in {sw.Elapsed.TotalSeconds:F0} s");
            }
        }
        await seeder.CommitAsync();
        Console.Error.WriteLine($"  {seeder.Rows:N0} rows: {seeder.TrackingTime.TotalSeconds:F1} s building them through the app's entities and name index, {seeder.WritingTime.TotalSeconds:F1} s writing; {sw.Elapsed.TotalSeconds:F1} s in all");
        return $"{count:N0} beneficiaries and their name tokens";
    }
}
