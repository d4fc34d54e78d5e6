using HopeCase.Core.Beneficiaries;
using HopeCase.Core.Saudi;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Benchmarks;

/// <summary>
/// `seed-check`: the same beneficiaries written once by the app's SaveChanges and once by <see cref="RawSeeder"/>
/// into two fresh databases, then every column of Beneficiaries and BeneficiaryNameTokens compared; prints the first
/// differences and returns 1 if there are any.
/// </summary>
internal static class RawSeedCheck
{
    public static async Task<int> RunAsync(int count)
    {
        var now = new DateTimeOffset(2026, 11, 24, 9, 30, 15, 123, TimeSpan.Zero);
        Beneficiary Make(int i)
        {
            var b = new Beneficiary(SearchBenchData.Name(i), SaudiNationalId.Parse(SearchBenchData.Id(i)), i % 2 == 0 ? Gender.Male : Gender.Female,
                new DateOnly(1960 + (i % 50), 1 + (i % 12), 1 + (i % 28)), i % 3 == 0 ? null : SaudiMobile.Parse($"05{50000000 + i:00000000}"), "جيزان", now, "bench");
            b.Rename(SearchBenchData.Name(i), i % 4 == 0 ? $"Abdul-Rahman Al-Shehri {i}" : null);
            return b;
        }
        await using var byApp = await BenchDatabase.CreateAsync("check-app", withCatalogue: false);
        await using var byRaw = await BenchDatabase.CreateAsync("check-raw", withCatalogue: false);
        await using (var db = await byApp.Dbs.CreateDbContextAsync())
        {
            db.Beneficiaries.AddRange(Enumerable.Range(0, count).Select(Make));
            await db.SaveChangesAsync();
        }
        await using (var seeder = await RawSeeder.BeginAsync(byRaw.Dbs))
        {
            await seeder.AddAsync(Enumerable.Range(0, count).Select(Make));
            await seeder.CommitAsync();
        }
        var differences = 0;
        foreach (var table in new[] { "Beneficiaries", "BeneficiaryNameTokens" })
        {
            var (a, b) = (await DumpAsync(byApp, table), await DumpAsync(byRaw, table));
            for (var i = 0; i < Math.Max(a.Count, b.Count); i++)
            {
                var (x, y) = (i < a.Count ? a[i] : "(none)", i < b.Count ? b[i] : "(none)");
                if (x != y && differences++ < 5)
                {
                    Console.WriteLine($"{table} row {i}:\n  app {x}\n  raw {y}");
                }
            }
            Console.WriteLine($"{table}: {a.Count:N0} rows by the app's save, {b.Count:N0} by the raw seeder");
        }
        Console.WriteLine(differences == 0 ? "identical, column by column" : $"{differences} rows differ");
        return differences == 0 ? 0 : 1;
    }

    private static async Task<List<string>> DumpAsync(BenchDatabase database, string table)
    {
        await using var db = await database.Dbs.CreateDbContextAsync();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1, 2";
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => $"{reader.GetName(i)}={(reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))}")));
        }
        return rows;
    }
}
