using HopeCase.Core.Arabic;
using HopeCase.Core.Audit;
using HopeCase.Core.Beneficiaries;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace HopeCase.Benchmarks;

/// <summary>
/// The search benchmark's raw side: each search as one hand-written SQL statement that reads the same first page from
/// the same index in the same rank order (whole name, then every word, then partial: the tiers of
/// BeneficiaryNameSearch), and the audit row written as the app writes it (in a write transaction, chained on the
/// previous row's hash).
/// </summary>
internal static class SearchRawQueries
{
    public const string Columns = "b.Id, b.FullName, b.NationalId, b.Mobile, b.BirthDate, b.Governorate, b.FileNumber, b.Risk";

    /// <summary>
    /// The ranked name search for <paramref name="query"/>, tokenised by the app's own <see cref="ArabicNames.Tokens"/>:
    /// with two words or more, first one statement counting each word on the index (capped, as the service probes),
    /// so the rarest word drives and a word nobody has ends the search; then the ranked page.
    /// </summary>
    public static async Task<(string Sql, object[] Args)> NameAsync(SqliteConnection connection, string query, int take = 20)
    {
        var words = ArabicNames.Tokens(ArabicText.Normalize(query)).ToList();
        if (words.Count > 1)
        {
            await using var probe = connection.CreateCommand();
            probe.CommandText = "SELECT " + string.Join(", ", words.Select((w, i) => w.Length < 3
                ? $"(SELECT COUNT(*) FROM (SELECT 1 FROM BeneficiaryNameTokens WHERE Token = $w{i} LIMIT {BeneficiaryNameSearch.ProbeCap}))"
                : $"(SELECT COUNT(*) FROM (SELECT 1 FROM BeneficiaryNameTokens WHERE Token >= $w{i} AND Token < $u{i} LIMIT {BeneficiaryNameSearch.ProbeCap}))"));
            for (var i = 0; i < words.Count; i++)
            {
                probe.Parameters.AddWithValue("$w" + i, words[i]);
                probe.Parameters.AddWithValue("$u" + i, words[i][..^1] + (char)(words[i][^1] + 1));
            }
            var counts = new long[words.Count];
            await using (var reader = await probe.ExecuteReaderAsync())
            {
                await reader.ReadAsync();
                for (var i = 0; i < words.Count; i++)
                {
                    counts[i] = reader.GetInt64(i);
                }
            }
            if (counts.Any(c => c == 0))
            {
                return ("SELECT 1, '' WHERE 0", []);
            }
            var key0 = string.Join(' ', words);
            return Name(Enumerable.Range(0, words.Count).OrderBy(i => counts[i]).Select(i => words[i]).ToList(), key0, take);
        }
        return Name(words, string.Join(' ', words), take);
    }

    private static (string Sql, object[] Args) Name(List<string> words, string key, int take)
    {
        var args = new List<object> { key };
        string P(object value)
        {
            args.Add(value);
            return "$" + (args.Count - 1);
        }
        var whole = words.Select(w => $"= {P(w)}").ToList();
        var begins = words.Select(w => w.Length < 3 ? $"= {P(w)}" : $">= {P(w)} AND {{0}}.Token < {P(w[..^1] + (char)(w[^1] + 1))}").ToList();
        string Every(List<string> match) =>
            $"FROM BeneficiaryNameTokens t WHERE t.Token {string.Format(System.Globalization.CultureInfo.InvariantCulture, match[0], "t")}" +
            string.Concat(match.Skip(1).Select((m, i) => $" AND EXISTS (SELECT 1 FROM BeneficiaryNameTokens u{i} WHERE u{i}.BeneficiaryId = t.BeneficiaryId AND u{i}.Token {string.Format(System.Globalization.CultureInfo.InvariantCulture, m, "u" + i)})"));
        var limit = take + 1;
        var arms = new List<string>();
        if (words.Count > 1)
        {
            arms.Add($"SELECT * FROM (SELECT Id FROM Beneficiaries WHERE NameKey = $0 ORDER BY Id LIMIT {limit})");
            arms.Add($"SELECT * FROM (SELECT t.BeneficiaryId AS Id {Every(whole)} AND NOT EXISTS (SELECT 1 FROM Beneficiaries k WHERE k.Id = t.BeneficiaryId AND k.NameKey = $0) ORDER BY 1 LIMIT {limit})");
        }
        else
        {
            arms.Add($"SELECT * FROM (SELECT t.BeneficiaryId AS Id {Every(whole)} ORDER BY 1 LIMIT {limit})");
        }
        if (words.Any(w => w.Length >= 3))
        {
            var list = string.Join(", ", words.Select(w => P(w)));
            arms.Add($"SELECT * FROM (SELECT DISTINCT t.BeneficiaryId AS Id {Every(begins)} AND (SELECT COUNT(*) FROM BeneficiaryNameTokens v WHERE v.BeneficiaryId = t.BeneficiaryId AND v.Token IN ({list})) < {words.Count} ORDER BY 1 LIMIT {limit})");
        }
        return ($"SELECT {Columns} FROM ({string.Join(" UNION ALL ", arms)}) x JOIN Beneficiaries b ON b.Id = x.Id LIMIT {limit}", [.. args]);
    }

    public static async Task<int> RunAsync(SqliteConnection connection, (string Sql, object[] Args) query, string? audit, byte[] chainKey)
    {
        if (audit is not null)
        {
            await AuditAsync(connection, audit, chainKey);
        }
        await using var command = connection.CreateCommand();
        command.CommandText = query.Sql;
        for (var i = 0; i < query.Args.Length; i++)
        {
            command.Parameters.AddWithValue("$" + i, query.Args[i]);
        }
        var rows = 0;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            _ = reader.GetString(1);
            rows++;
        }
        return rows;
    }

    private static readonly DateTimeOffsetToBinaryConverter Instant = new();

    /// <summary>As AuditLog.RecordAsync writes it: BEGIN IMMEDIATE, the chain's head, the sealed row, COMMIT.</summary>
    private static async Task AuditAsync(SqliteConnection connection, string details, byte[] key)
    {
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var head = connection.CreateCommand();
        head.Transaction = tx;
        head.CommandText = "SELECT Seq, Hash FROM AuditEntries WHERE Seq IS NOT NULL ORDER BY Seq DESC LIMIT 1";
        long seq = 0;
        var prev = AuditChain.Genesis;
        await using (var reader = await head.ExecuteReaderAsync())
        {
            if (await reader.ReadAsync())
            {
                (seq, prev) = (reader.GetInt64(0), reader.GetString(1));
            }
        }
        var entry = new AuditEntry(DateTimeOffset.UtcNow, "bench", "bench", "BeneficiarySearch", "Beneficiary", null, details);
        entry.Seal(seq + 1, prev, key);
        await using var insert = connection.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = "INSERT INTO AuditEntries (At, UserId, UserName, Action, EntityType, Details, Seq, PrevHash, Hash) VALUES ($at, 'bench', 'bench', 'BeneficiarySearch', 'Beneficiary', $d, $s, $p, $h)";
        insert.Parameters.AddWithValue("$at", Instant.ConvertToProvider(entry.At));
        insert.Parameters.AddWithValue("$d", details);
        insert.Parameters.AddWithValue("$s", entry.Seq);
        insert.Parameters.AddWithValue("$p", entry.PrevHash);
        insert.Parameters.AddWithValue("$h", entry.Hash);
        await insert.ExecuteNonQueryAsync();
        await tx.CommitAsync();
    }
}
