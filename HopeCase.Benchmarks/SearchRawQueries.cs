using System.Data.Common;
using System.Text.RegularExpressions;
using HopeCase.Core.Arabic;
using HopeCase.Core.Audit;
using HopeCase.Core.Beneficiaries;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;

namespace HopeCase.Benchmarks;

/// <summary>
/// The search benchmark's raw side, on a bare ADO.NET connection (no EF, no context, no change tracker): one
/// transaction (on SQLite BEGIN IMMEDIATE, as the app's) holding the name probe, the page as ONE statement (the
/// app's ranked ids joined to the shown columns, as the app reads them) and the audit row as the app
/// writes it (chained on the previous row's hash; on PostgreSQL under the chain's advisory lock), then COMMIT.
/// The name statements are the app's own (<see cref="BeneficiaryNameSql"/>), so the ratio is the app's overhead.
/// </summary>
internal sealed partial class SearchRawQueries(DbConnection connection, ValueConverter? instant, byte[] chainKey)
{
    public const string Columns = "b.\"Id\", b.\"FullName\", b.\"NationalId\", b.\"Mobile\", b.\"BirthDate\", b.\"Governorate\", b.\"FileNumber\", b.\"Risk\"";

    private bool Postgres => connection is NpgsqlConnection;

    /// <summary>The ranked name page for <paramref name="query"/>, tokenised by the app's own <see cref="ArabicNames.Tokens"/>.</summary>
    public async Task<(string Sql, object[] Args)> NameAsync(DbTransaction? tx, string query, int take = 20)
    {
        var words = ArabicNames.Tokens(ArabicText.Normalize(query));
        if (words.Count == 0)
        {
            return ("SELECT 1, '' WHERE 1 = 0", []);
        }
        var probed = new Probed(new int[words.Count], 0, null);
        if (words.Count > 1)
        {
            var probe = new BeneficiaryNameSql();
            var rows = new List<(int, string?, int?)>();
            await using (var reader = await CommandFor(tx, (probe.Probe(words, BeneficiaryNameSearch.ProbeCap), probe.Args)).ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    rows.Add((reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetInt32(2)));
                }
            }
            probed = Probed.Of(words, rows);
            if (probed.Counts.Any(c => c == 0))
            {
                return ("SELECT 1, '' WHERE 1 = 0", []);
            }
        }
        var (counts, files) = (probed.Counts, probed.Files);
        var order = Enumerable.Range(0, words.Count).OrderBy(i => counts[i]).Select(i => words[i]).ToList();
        var sql = new BeneficiaryNameSql(probed.Begun);
        var key = string.Join(' ', words);
        var page = BeneficiaryNameSearch.RankOnce(counts, files, take)
            ? sql.Ranked(words, order, key, 0, 0, take + 1) : sql.Tiered(words, order, key, 0, 0, take + 1);
        return ($"SELECT {Columns}, x.\"Tier\" FROM ({page}) x JOIN \"Beneficiaries\" b ON b.\"Id\" = x.\"Id\" ORDER BY x.\"Tier\", x.\"Id\" LIMIT {take}", sql.Args);
    }

    /// <summary>
    /// Runs the page (built by <paramref name="build"/> inside the transaction) and, with <paramref name="audit"/>, writes
    /// the audit row of what it showed in the same transaction; without it, the statements alone (no transaction).
    /// </summary>
    public async Task<int> RunAsync(Func<DbTransaction?, Task<(string Sql, object[] Args)>> build, string? audit)
    {
        await using var tx = audit is null ? null : connection is SqliteConnection sqlite ? sqlite.BeginTransaction(deferred: false) : await connection.BeginTransactionAsync();
        var shown = new List<string>();
        await using (var reader = await CommandFor(tx, await build(tx)).ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                _ = reader.GetString(1);
                shown.Add(reader.GetValue(0).ToString()!);
            }
        }
        if (tx is not null)
        {
            await AuditAsync(tx, AuditLog.Shown(shown) + " search:" + audit);
            await tx.CommitAsync();
        }
        return shown.Count;
    }

    /// <summary>An audit row alone, as AuditLog.RecordAsync writes it: its own transaction, the chain's head, the sealed row.</summary>
    public async Task AuditAloneAsync(string details)
    {
        await using var tx = connection is SqliteConnection sqlite ? sqlite.BeginTransaction(deferred: false) : await connection.BeginTransactionAsync();
        await AuditAsync(tx, details);
        await tx.CommitAsync();
    }

    private async Task AuditAsync(DbTransaction tx, string details)
    {
        if (Postgres)
        {
            await CommandFor(tx, ("SELECT pg_advisory_xact_lock(7273101)", [])).ExecuteNonQueryAsync();
        }
        long seq = 0;
        var prev = AuditChain.Genesis;
        await using (var reader = await CommandFor(tx, ("SELECT \"Seq\", \"Hash\" FROM \"AuditEntries\" WHERE \"Seq\" IS NOT NULL ORDER BY \"Seq\" DESC LIMIT 1", [])).ExecuteReaderAsync())
        {
            if (await reader.ReadAsync())
            {
                (seq, prev) = (reader.GetInt64(0), reader.GetString(1));
            }
        }
        var entry = new AuditEntry(DateTimeOffset.UtcNow, "bench", "bench", "BeneficiarySearch", "Beneficiary", null, details);
        entry.Seal(seq + 1, prev, chainKey);
        await CommandFor(tx, ("INSERT INTO \"AuditEntries\" (\"At\", \"UserId\", \"UserName\", \"Action\", \"EntityType\", \"Details\", \"Seq\", \"PrevHash\", \"Hash\") " +
            "VALUES ({0}, 'bench', 'bench', 'BeneficiarySearch', 'Beneficiary', {1}, {2}, {3}, {4})",
            [instant?.ConvertToProvider(entry.At) ?? entry.At, details, entry.Seq!, entry.PrevHash!, entry.Hash!])).ExecuteNonQueryAsync();
    }

    /// <summary>A command for a statement with EF-style <c>{n}</c> placeholders, bound as <c>@pn</c> on either provider.</summary>
    private DbCommand CommandFor(DbTransaction? tx, (string Sql, object[] Args) query)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = Placeholder().Replace(query.Sql, m => "@p" + m.Groups[1].Value);
        for (var i = 0; i < query.Args.Length; i++)
        {
            var p = command.CreateParameter();
            (p.ParameterName, p.Value) = ("@p" + i, query.Args[i]);
            command.Parameters.Add(p);
        }
        return command;
    }

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Placeholder();
}
