using System.Globalization;
using Microsoft.Data.Sqlite;

namespace HopeCase.Benchmarks;

/// <summary>One acknowledged write: what the worker said it committed.</summary>
internal sealed record Ack(string Kind, int Id, string Detail);

/// <summary>What the crash harness checks on the database after each kill, read straight from the SQLite file.</summary>
internal static class CrashChecks
{
    public static async Task<List<string>> RunAsync(string db, IReadOnlyCollection<Ack> acks)
    {
        var problems = new List<string>();
        await using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Pooling = false, DefaultTimeout = 30 }.ToString());
        await c.OpenAsync();
        var integrity = await ScalarAsync(c, "PRAGMA integrity_check;");
        if (integrity != "ok")
        {
            problems.Add("integrity_check: " + integrity);
        }
        foreach (var ack in acks)
        {
            var found = ack.Kind switch
            {
                "submit" => await ScalarAsync(c, $"SELECT Reference FROM Requests WHERE Id = {ack.Id} AND SubmittedAt IS NOT NULL;"),
                "letter" => await ScalarAsync(c, $"SELECT Number FROM Letters WHERE Id = {ack.Id};"),
                "survey" => await ScalarAsync(c, $"SELECT CAST(SupportRequestId AS TEXT) FROM SurveyResponses WHERE Id = {ack.Id};"),
                _ => null,
            };
            if (found != ack.Detail)
            {
                problems.Add($"lost: {ack.Kind} {ack.Id} {ack.Detail} (found '{found ?? "nothing"}')");
            }
        }
        problems.AddRange(await LetterNumbersAsync(c));
        foreach (var (table, column) in new[] { ("Letters", "IdempotencyKey"), ("Outbox", "IdempotencyKey"), ("StaffNotifications", "Key") })
        {
            var twice = await ScalarAsync(c, $"SELECT count(*) FROM (SELECT {column} FROM {table} WHERE {column} IS NOT NULL GROUP BY {column} HAVING count(*) > 1);");
            if (twice != "0")
            {
                problems.Add($"job effect twice: {twice} keys in {table} appear more than once");
            }
        }
        return problems;
    }

    /// <summary>Per Hijri year the sequences are exactly 1..n, and the counter stands at n + 1.</summary>
    private static async Task<List<string>> LetterNumbersAsync(SqliteConnection c)
    {
        var problems = new List<string>();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT HijriYear, count(*), count(DISTINCT Sequence), min(Sequence), max(Sequence), "
            + "(SELECT Next FROM LetterSequences s WHERE s.HijriYear = l.HijriYear) FROM Letters l GROUP BY HijriYear;";
        await using var r = await cmd.ExecuteReaderAsync();
        while (await r.ReadAsync())
        {
            var (year, count, distinct, min, max, next) = (r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4), r.IsDBNull(5) ? 0 : r.GetInt32(5));
            if (count != distinct || min != 1 || max != count || next != max + 1)
            {
                problems.Add($"letter numbers {year}: {count} letters, {distinct} distinct, {min}..{max}, counter at {next}");
            }
        }
        return problems;
    }

    public static async Task<int> CountAsync(string db, string sql)
    {
        await using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Pooling = false, Mode = SqliteOpenMode.ReadOnly }.ToString());
        await c.OpenAsync();
        return int.Parse(await ScalarAsync(c, sql) ?? "0", CultureInfo.InvariantCulture);
    }

    private static async Task<string?> ScalarAsync(SqliteConnection c, string sql)
    {
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToString(await cmd.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
