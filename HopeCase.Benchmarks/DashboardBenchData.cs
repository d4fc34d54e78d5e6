using System.Diagnostics;
using System.Globalization;
using HopeCase.Core.Beneficiaries;
using HopeCase.Core.Contacts;
using HopeCase.Core.Data;
using HopeCase.Core.Feedback;
using HopeCase.Core.Organisation;
using HopeCase.Core.Requests;
using HopeCase.Core.Saudi;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using HopeCase.Core.Surveys;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Benchmarks;

/// <summary>A year of requests and survey answers for the dashboard benchmark, written in bulk.</summary>
internal static class DashboardBenchData
{
    private static readonly Actor Officer = new("bench-rel", "موظف", new HashSet<string> { Roles.RelationsOfficer });
    private static readonly Actor Researcher = new("bench-res", "باحث", new HashSet<string> { Roles.ResearchOfficer });
    private static readonly Actor Committee = new("bench-com", "لجنة", new HashSet<string> { Roles.CommitteeMember });
    private static readonly Actor Manager = new("bench-man", "مدير", new HashSet<string> { Roles.Manager });

    /// <summary>Bump when the seeded rows change.</summary>
    private const string Version = "dashboard-seed-1";

    /// <summary>The cached year of work (<see cref="SeedCache"/>), seeded raw (<see cref="RawSeeder"/>) when missing.</summary>
    public static Task<SeedCache.WorkingCopy> OpenAsync(int requests, int answers, DateTimeOffset start) =>
        SeedCache.OpenForProviderAsync($"dashboard-{requests}-{answers}", $"{Version}|{requests}|{answers}|{start:O}", async dbs =>
        {
            await DefaultCatalogue.EnsureAsync(dbs);
            var sw = Stopwatch.StartNew();
            await using var seeder = await RawSeeder.BeginAsync(dbs);
            var ids = await SeedRequestsAsync(dbs, seeder, requests, start);
            Console.WriteLine($"  {requests:N0} requests with their timelines in {sw.Elapsed.TotalSeconds:F1} s");
            await SeedFeedbackAsync(seeder, ids, answers, start);
            await seeder.CommitAsync();
            if (BenchDatabase.Provider == DataProvider.Postgres)
            {
                // What autovacuum does on a server within a minute of a bulk load: statistics, and the visibility map
                // that lets the covering indexes answer without the table.
                await using var db = await dbs.CreateDbContextAsync();
                await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE");
            }
            Console.WriteLine($"  {seeder.Rows:N0} rows: {seeder.TrackingTime.TotalSeconds:F1} s building them through the app's entities, {seeder.WritingTime.TotalSeconds:F1} s writing");
            return $"{requests:N0} requests, {answers:N0} survey answers, {Math.Min(ids.Count, answers * 6 / 5):N0} invitations, 2,000 complaints";
        });

    private static async Task<List<(int Id, int Beneficiary, ContactChannel Channel, int Type)>> SeedRequestsAsync(IDbContextFactory<HopeDb> dbs, RawSeeder seeder, int count, DateTimeOffset start)
    {
        var beneficiaries = Math.Max(1, count / 5);
        var files = Enumerable.Range(0, beneficiaries).Select(i =>
        {
            var payload = "1" + i.ToString("00000000", CultureInfo.InvariantCulture);
            return new Beneficiary(new ArabicName("أحمد", "محمد", "علي", $"الزهراني {i}"), SaudiNationalId.Parse(payload + Luhn.CheckDigit(payload)),
                Gender.Male, new DateOnly(1980, 1, 1), null, "جيزان", start, "bench");
        }).ToList();
        await seeder.AddAsync(files, remember: true);
        int[] types;
        await using (var db = await dbs.CreateDbContextAsync())
        {
            types = await db.SupportTypes.OrderBy(t => t.Id).Select(t => t.Id).ToArrayAsync();
        }
        var people = files.Select(seeder.IdOf).ToArray();
        var written = new List<(int Id, int Beneficiary, ContactChannel Channel, int Type)>(count);
        var random = new Random(11);
        var channels = Enum.GetValues<ContactChannel>();
        const int batch = 5_000;
        for (var first = 0; first < count; first += batch)
        {
            var added = new List<SupportRequest>(batch);
            for (var i = first; i < Math.Min(count, first + batch); i++)
            {
                var created = start.AddMinutes(random.Next(365 * 24 * 60));
                var r = new SupportRequest(people[i % people.Length], types[i % types.Length], "طلب", channels[random.Next(channels.Length)], false, created, Officer);
                var at = created.AddHours(2);
                r.Move(RequestTrigger.Submit, Officer, at, DecisionWindow.PolicyDefault);
                r.SetReference(string.Create(CultureInfo.InvariantCulture, $"B-{i:000000}"));
                var roll = random.Next(100);
                if (roll < 90)
                {
                    at = at.AddDays(random.Next(1, 4));
                    r.Move(RequestTrigger.Assign, Manager, at);
                    r.AssignResearcher(Researcher.UserId!);
                }
                if (roll < 80)
                {
                    at = at.AddDays(random.Next(1, 8));
                    r.Move(RequestTrigger.Recommend, Researcher, at);
                    at = at.AddDays(random.Next(1, 9));
                    r.Move(roll < 60 ? RequestTrigger.Accept : RequestTrigger.Reject, Committee, at);
                }
                if (roll < 25)
                {
                    r.Move(RequestTrigger.Register, Officer, at.AddDays(1));
                    r.Move(RequestTrigger.StartService, Manager, at.AddDays(2));
                    r.Move(RequestTrigger.Close, Manager, at.AddDays(30));
                }
                added.Add(r);
            }
            await seeder.AddAsync(added, remember: true);
            written.AddRange(added.Select(r => (seeder.IdOf(r), r.BeneficiaryId, r.Channel, r.SupportTypeId)));
        }
        return written;
    }

    private static async Task SeedFeedbackAsync(RawSeeder seeder, List<(int Id, int Beneficiary, ContactChannel Channel, int Type)> requests, int answers, DateTimeOffset start)
    {
        var random = new Random(13);
        var invitations = Math.Min(requests.Count, answers * 6 / 5);
        const int batch = 5_000;
        for (var first = 0; first < invitations; first += batch)
        {
            var db = new List<object>(batch);
            for (var i = first; i < Math.Min(invitations, first + batch); i++)
            {
                var r = requests[i];
                var at = start.AddMinutes(random.Next(365 * 24 * 60));
                var inv = new SurveyInvitation(SurveyService.Hash("bench" + i), r.Id, SurveyTrigger.DecisionLetter, r.Beneficiary, null, null, null, r.Channel, r.Type, at, at.AddDays(14));
                if (i % 6 != 0)
                {
                    inv.MarkUsed(at.AddDays(1));
                }
                db.Add(inv);
            }
            await seeder.AddAsync(db);
        }
        for (var first = 0; first < answers; first += batch)
        {
            var db = new List<object>(batch);
            for (var i = first; i < Math.Min(answers, first + batch); i++)
            {
                var r = requests[i % requests.Count];
                int S() => Math.Clamp(5 - (random.Next(10) / 3), 1, 5);
                var scores = new SurveyScores(S(), S(), S(), S(), S(), random.Next(11));
                var provider = $"provider-{i % 12}";
                var context = new SurveyContext(r.Beneficiary, r.Id, SurveyTrigger.ServiceClosed, r.Channel, r.Type, provider, "مقدم " + (i % 12));
                db.Add(new SurveyResponse(SurveyMode.Online, scores, i % 7 == 0 ? "تعليق" : null, i % 4 == 0, start.AddMinutes(random.Next(365 * 24 * 60)), context, null, null));
            }
            await seeder.AddAsync(db);
        }
        {
            var db = new List<object>();
            for (var i = 0; i < 2_000; i++)
            {
                var at = start.AddMinutes(random.Next(365 * 24 * 60));
                db.Add(new FeedbackItem(i % 3 == 0 ? FeedbackKind.Suggestion : FeedbackKind.Complaint, FeedbackCategory.Service, ContactChannel.Phone,
                    "ملاحظة", new FeedbackSender(true, null, null, null, null), at, WorkingDays.Add(at, 5), "bench"));
            }
            await seeder.AddAsync(db);
        }
    }

    public sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
