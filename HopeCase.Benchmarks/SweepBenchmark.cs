using System.Diagnostics;
using HopeCase.Core.Beneficiaries;
using HopeCase.Core.Contacts;
using HopeCase.Core.Data;
using HopeCase.Core.Deadlines;
using HopeCase.Core.LiveUpdates;
using HopeCase.Core.Organisation;
using HopeCase.Core.Requests;
using HopeCase.Core.Saudi;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HopeCase.Benchmarks;

/// <summary>
/// Seeds N open requests submitted over the last 20 days into a fresh SQLite file and times the deadline sweep:
/// the first run (every request looked at once), a second run at the same instant (nothing new: the steady state),
/// and a run a day later (the requests crossing a threshold that day, and the daily escalations).
/// </summary>
internal static class SweepBenchmark
{
    private sealed class Clock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    /// <summary>Bump when the seeded rows change.</summary>
    private const string Version = "sweep-seed-2";

    public static async Task RunAsync(int count)
    {
        var clock = new Clock(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
        // Each run sweeps a fresh copy of the cached seed: the sweep writes its reminders.
        await using var database = await SeedCache.OpenForProviderAsync($"sweep-{count}", $"{Version}|{count}|{clock.Now:O}", async dbs =>
        {
            await DefaultCatalogue.EnsureAsync(dbs);
            await SeedAsync(dbs, count, clock.Now);
            return $"{count:N0} open requests (submitted over the last 20 days)";
        });
        var dbs = database.Dbs;

        var phases = new SweepPhases();
        var service = new DeadlineService(dbs, clock, Options.Create(new PolicyOptions()), new ChangeNotifier()) { Phases = phases };
        async Task TimeAsync(string label)
        {
            phases.Clear();
            var t = Stopwatch.StartNew();
            var result = await service.SweepAsync();
            Console.WriteLine($"  {label,-40} {t.Elapsed.TotalMilliseconds,9:F0} ms   examined {result.Examined,7:N0}   sent {result.Sent,7:N0}");
            foreach (var (phase, spent) in phases.Spent)
            {
                Console.WriteLine($"      {phase,-36} {spent.TotalMilliseconds,9:F0} ms");
            }
        }
        Console.WriteLine("deadline sweep:");
        await TimeAsync("first sweep (every request once)");
        await TimeAsync("second sweep, same instant");
        clock.Now = clock.Now.AddDays(1);
        await TimeAsync("one day later");
        clock.Now = clock.Now.AddMinutes(10);
        await TimeAsync("ten minutes after that (usual interval)");
    }

    private static async Task SeedAsync(IDbContextFactory<HopeDb> dbs, int count, DateTimeOffset now)
    {
        var officer = new Actor("bench-rel", "bench", new HashSet<string> { Roles.RelationsOfficer });
        int typeId;
        await using (var db = await dbs.CreateDbContextAsync())
        {
            typeId = await db.SupportTypes.Where(t => t.Code == "counselling").Select(t => t.Id).SingleAsync();
        }
        await using var seeder = await RawSeeder.BeginAsync(dbs);
        var files = Enumerable.Range(0, 1000).Select(i =>
        {
            var payload = "1" + (20000000 + i).ToString("00000000", System.Globalization.CultureInfo.InvariantCulture);
            return new Beneficiary(new ArabicName("أحمد", "محمد", "علي", $"الزهراني {i}"), SaudiNationalId.Parse(payload + Luhn.CheckDigit(payload)),
                Gender.Male, new DateOnly(1990, 1, 1), null, "جيزان", now, "bench");
        }).ToList();
        await seeder.AddAsync(files, remember: true);
        var people = files.Select(seeder.IdOf).ToList();
        const int batch = 5_000;
        var window = DecisionWindow.PolicyDefault;
        for (var start = 0; start < count; start += batch)
        {
            var requests = new List<SupportRequest>(batch);
            for (var i = start; i < Math.Min(count, start + batch); i++)
            {
                var at = now.AddMinutes(-(i * 20.0 * 24 * 60 / count));
                var r = new SupportRequest(people[i % people.Count], typeId, "طلب دعم", ContactChannel.Interview, false, at, officer);
                r.Move(RequestTrigger.Submit, officer, at, window);
                if (i % 2 == 0)
                {
                    r.AssignResearcher($"researcher-{i % 7}", "باحث", at);
                }
                requests.Add(r);
            }
            await seeder.AddAsync(requests);
        }
        await seeder.CommitAsync();
        await using (var db = await dbs.CreateDbContextAsync())
        {
            if (db.Database.IsNpgsql())
            {
                // A server's autovacuum analyses a table soon after a bulk load; without statistics the planner would
                // scan and sort the whole table for each batch of the sweep (6 s of the first sweep's 23 s).
                await db.Database.ExecuteSqlRawAsync("ANALYZE");
            }
        }
        Console.WriteLine($"  {seeder.Rows:N0} rows: {seeder.TrackingTime.TotalSeconds:F1} s building them through the app's entities, {seeder.WritingTime.TotalSeconds:F1} s writing");
    }
}
