using System.Globalization;
using System.Security.Cryptography;
using HopeCase.Core.Audit;
using HopeCase.Core.Beneficiaries;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace HopeCase.Benchmarks;

/// <summary>
/// Times the intake search (name, ID, mobile) on N beneficiaries, each case beside a hand-written SQL statement that
/// reads the same page from the same index in the same run (after one probe statement for names of two words or
/// more) and writes the same audit row (<see cref="SearchRawQueries"/>), so the service's overhead is visible as the
/// ratio of the two p95s. "query alone" is the raw side without the audit row.
/// </summary>
internal static class SearchBenchmark
{
    private const int Runs = 200;

    public static async Task RunAsync(int count)
    {
        await using var seeded = await SearchBenchData.OpenAsync(count);
        var dbs = seeded.Dbs;
        var service = new BeneficiaryService(dbs, new AuditLog(dbs, TimeProvider.System), TimeProvider.System);
        var officer = new Actor("bench", "bench", new HashSet<string> { Roles.RelationsOfficer });
        await using var connection = seeded.Connect();
        await connection.OpenAsync();
        ValueConverter? instant;
        await using (var db = await dbs.CreateDbContextAsync())
        {
            instant = db.Model.FindEntityType(typeof(AuditEntry))!.FindProperty(nameof(AuditEntry.At))!.GetTypeMapping().Converter;
        }
        var raw = new SearchRawQueries(connection, instant, RandomNumberGenerator.GetBytes(32));
        var first = SearchBenchData.First;
        var family = SearchBenchData.Family;
        Func<DbTransaction?, Task<(string, object[])>> Exact(string column, string value) =>
            _ => Task.FromResult(($"SELECT {SearchRawQueries.Columns} FROM \"Beneficiaries\" b WHERE b.\"{column}\" = {{0}} ORDER BY b.\"Id\" LIMIT 21", new object[] { value }));
        // Each case draws its i-th query from the same function on both sides, so service and raw search the same texts.
        (string Label, Func<int, string> Query, Func<string, Func<DbTransaction?, Task<(string, object[])>>> Raw)[] cases =
        [
            ("a name that matches nobody", i => $"زكريا الفيفي {i % 500}", q => tx => raw.NameAsync(tx, q)),
            ("a common first name", i => first[i % first.Length], q => tx => raw.NameAsync(tx, q)),
            ("two words, another spelling", i => Variant(first[i % first.Length]) + " " + family[i % family.Length], q => tx => raw.NameAsync(tx, q)),
            ("rare full name", i => SearchBenchData.Name((i * 7919) % count).Full, q => tx => raw.NameAsync(tx, q)),
            ("national ID", i => SearchBenchData.Id((i * 104729) % count), q => Exact("NationalId", q)),
            ("mobile", i => $"05{50000000 + ((i * 15485863) % count):00000000}", q => Exact("Mobile", "+966" + q[1..])),
        ];
        Console.WriteLine($"search over {count:N0} beneficiaries on {BenchDatabase.Provider}, first page of 20, {Runs} runs each (ms); load {File.ReadAllText("/proc/loadavg").Trim()}");
        Console.WriteLine("  raw = on a bare connection, one transaction: the app's probe and page SQL (page and columns in ONE statement) and the same audit row; query alone = without the audit/transaction");
        {
            var audit = new AuditLog(dbs, TimeProvider.System);
            var (a, b) = (new double[Runs], new double[Runs]);
            for (var i = 0; i < Runs; i++)
            {
                a[i] = await Time(() => audit.RecordAsync(officer, "BeneficiarySearch", "Beneficiary", null, "bench"));
                b[i] = await Time(() => raw.AuditAloneAsync("bench"));
            }
            var ((a50, a95, _), (b50, b95, _)) = (Stats.Of(a), Stats.Of(b));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"the audit row alone",-28} app p50 {a50,6:F2} p95 {a95,6:F2} | raw p50 {b50,6:F2} p95 {b95,6:F2} | p95 ratio {a95 / b95,5:F2}"));
        }
        foreach (var (label, query, sql) in cases)
        {
            var hits = (await service.SearchAsync(officer, query(1))).Hits.Count;
            var rawHits = await raw.RunAsync(sql(query(1)), null);
            // Interleaved, so a burst of load on the shared machine falls on both sides alike.
            var (s, r, q) = (new double[Runs], new double[Runs], new double[Runs]);
            for (var i = 0; i < Runs; i++)
            {
                var text = query(i);
                var audit = AuditText.Term(text);
                s[i] = await Time(() => service.SearchAsync(officer, text));
                r[i] = await Time(() => raw.RunAsync(sql(text), audit));
                q[i] = await Time(() => raw.RunAsync(sql(text), null));
            }
            var (p50, p95, max) = Stats.Of(s);
            var (r50, r95, rmax) = Stats.Of(r);
            var (q50, q95, _) = Stats.Of(q);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {label,-28} service p50 {p50,6:F2} p95 {p95,6:F2} max {max,7:F2} | raw p50 {r50,6:F2} p95 {r95,6:F2} max {rmax,7:F2} | p95 ratio {p95 / r95,5:F2} | query alone p50 {q50,5:F2} p95 {q95,6:F2} | {hits} hits (raw {Math.Min(rawHits, 20)})"));
        }
        Console.WriteLine($"  load after: {File.ReadAllText("/proc/loadavg").Trim()}");
    }

    private static async Task<double> Time(Func<Task> operation)
    {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        await operation();
        return sw.Elapsed.TotalMilliseconds;
    }

    /// <summary>How another officer types the name: bare alef, ha for ta marbuta, compounds joined.</summary>
    private static string Variant(string name) => name.Replace('أ', 'ا').Replace('ة', 'ه').Replace('إ', 'ا').Replace('ئ', 'ي').Replace("عبد ", "عبد", StringComparison.Ordinal);
}
