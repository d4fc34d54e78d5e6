using System.Globalization;
using HopeCase.Core.Audit;
using HopeCase.Core.Beneficiaries;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using Microsoft.Data.Sqlite;

namespace HopeCase.Benchmarks;

/// <summary>
/// Times the intake search (name, ID, mobile) on N beneficiaries, each case beside a hand-written SQL statement that
/// reads the same page from the same index in the same run and writes the same audit row, so the service's overhead is visible.
/// </summary>
internal static class SearchBenchmark
{
    private const string Columns = "b.Id, b.FullName, b.NationalId, b.Mobile, b.BirthDate, b.Governorate, b.FileNumber, b.Risk";
    private const string ByTokens = $"SELECT {Columns} FROM BeneficiaryNameTokens t JOIN Beneficiaries b ON b.Id = t.BeneficiaryId WHERE t.Token = $a";
    private const string AlsoToken = " AND EXISTS (SELECT 1 FROM BeneficiaryNameTokens u WHERE u.BeneficiaryId = t.BeneficiaryId AND u.Token = $P)";

    public static async Task RunAsync(int count)
    {
        var (dbs, file) = await SearchBenchData.OpenAsync(count);
        var service = new BeneficiaryService(dbs, new AuditLog(dbs, TimeProvider.System), TimeProvider.System);
        var officer = new Actor("bench", "bench", new HashSet<string> { Roles.RelationsOfficer });
        await using var raw = new SqliteConnection($"Data Source={file}");
        await raw.OpenAsync();
        var random = new Random(7);
        var first = SearchBenchData.First;
        var family = SearchBenchData.Family;
        (string Label, Func<int, string> Query, Func<int, (string Sql, string[] Args)> Raw)[] cases =
        [
            ("a name that matches nobody", i => $"زكريا الفيفي {i % 500}",
                i => (ByTokens + AlsoToken.Replace("$P", "$b", StringComparison.Ordinal) + " ORDER BY t.BeneficiaryId LIMIT 21", ["زكريا", "الفيفي"])),
            ("a common first name", i => first[i % first.Length],
                i => (ByTokens + " ORDER BY t.BeneficiaryId LIMIT 21", [Key(first[i % first.Length])])),
            ("two words, another spelling", i => Variant(first[i % first.Length]) + " " + family[i % family.Length],
                i => (ByTokens + AlsoToken.Replace("$P", "$b", StringComparison.Ordinal) + " ORDER BY t.BeneficiaryId LIMIT 21",
                    [Key(first[i % first.Length]), family[i % family.Length]])),
            ("rare full name", i => $"{first[i % first.Length]} {family[(i * 3) % family.Length]} {i % 500}",
                i => (ByTokens + AlsoToken.Replace("$P", "$b", StringComparison.Ordinal) + AlsoToken.Replace("$P", "$c", StringComparison.Ordinal)
                    + " ORDER BY t.BeneficiaryId LIMIT 21", [(i % 500).ToString(CultureInfo.InvariantCulture), Key(first[i % first.Length]), family[(i * 3) % family.Length]])),
            ("national ID", i => SearchBenchData.Id(random.Next(count)),
                i => ($"SELECT {Columns} FROM Beneficiaries b WHERE b.NationalId = $a", [SearchBenchData.Id(random.Next(count))])),
            ("mobile", i => $"05{50000000 + random.Next(count):00000000}",
                i => ($"SELECT {Columns} FROM Beneficiaries b WHERE b.Mobile = $a ORDER BY b.Id LIMIT 21", [$"+9665{50000000 + random.Next(count):00000000}"[..13]])),
        ];
        Console.WriteLine($"search over {count:N0} beneficiaries, first page of 20 (ms); raw = the same page by one hand-written SQL statement plus the same audit row:");
        foreach (var (label, query, sql) in cases)
        {
            await service.SearchAsync(officer, query(0)); // warm the plan cache
            var hits = (await service.SearchAsync(officer, query(1))).Hits.Count;
            var (p50, p95, max) = await Stats.TimeAsync(200, i => service.SearchAsync(officer, query(i)));
            var (r50, r95, rmax) = await Stats.TimeAsync(200, i => RawAsync(raw, sql(i), audit: true));
            var (_, q95, _) = await Stats.TimeAsync(200, i => RawAsync(raw, sql(i), audit: false));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {label,-30} service p50 {p50,6:F2} p95 {p95,6:F2} max {max,7:F2} | raw p50 {r50,6:F2} p95 {r95,6:F2} max {rmax,7:F2} | p95 ratio {p95 / r95,5:F2} | query alone p95 {q95,6:F2}  ({hits} hits)"));
        }
    }

    private static async Task RawAsync(SqliteConnection connection, (string Sql, string[] Args) query, bool audit)
    {
        if (audit)
        {
            await using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO AuditEntries (At, UserId, UserName, Action, EntityType, Details) VALUES ($at, 'bench', 'bench', 'BeneficiarySearch', 'Beneficiary', $d)";
            insert.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
            insert.Parameters.AddWithValue("$d", string.Join(' ', query.Args));
            await insert.ExecuteNonQueryAsync();
        }
        await using var command = connection.CreateCommand();
        command.CommandText = query.Sql;
        for (var i = 0; i < query.Args.Length; i++)
        {
            command.Parameters.AddWithValue("$" + (char)('a' + i), query.Args[i]);
        }
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            _ = reader.GetString(1);
        }
    }

    /// <summary>How another officer types the name: bare alef, ha for ta marbuta, compounds joined.</summary>
    private static string Variant(string name) => name.Replace('أ', 'ا').Replace('ة', 'ه').Replace('إ', 'ا').Replace('ئ', 'ي').Replace("عبد ", "عبد", StringComparison.Ordinal);

    private static string Key(string name) => HopeCase.Core.Arabic.ArabicNames.Key(name);
}
