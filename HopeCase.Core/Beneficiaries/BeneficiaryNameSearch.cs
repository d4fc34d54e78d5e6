using System.Linq.Expressions;
using HopeCase.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Beneficiaries;

/// <summary>
/// A name search on the token index, in three tiers: the whole name (the match key equals the query's), then files
/// holding every word, then files where every word is at least the beginning of one of theirs. Each tier is driven
/// by its rarest word (probed on the index with a cap), read in id order, so a page costs about the same at a
/// thousand files or a million.
/// </summary>
internal static class BeneficiaryNameSearch
{
    /// <summary>A word shorter than this is matched whole only; a longer one also as the beginning of a word.</summary>
    public const int MinPrefix = 3;

    /// <summary>
    /// How far the index is probed to tell a rare word from a common one. At a million files a family name has tens of
    /// thousands of tokens and a rare word hundreds; a cap of 512 ranked them all alike, so a common word could drive
    /// a rare full name through all its tokens (the benchmark's "rare full name" case).
    /// </summary>
    public const int ProbeCap = 4096;

    public static async Task<(List<int> Ids, SearchCursor? Next)> PageAsync(HopeDb db, IReadOnlyList<string> words, string key, SearchCursor? after,
        int take, CancellationToken ct)
    {
        var found = new List<(int Tier, int Id)>();
        if (words.Count == 0)
        {
            return ([], null);
        }
        var counts = words.Count > 1 ? await ProbeAsync(db, words, ct) : new int[words.Count];
        if (counts.Any(c => c == 0) && words.Count > 1)
        {
            return ([], null); // a word no file has: nothing can match, whatever the tier
        }
        var order = Enumerable.Range(0, words.Count).OrderBy(i => counts[i]).Select(i => words[i]).ToList();
        var canPrefix = words.Any(w => w.Length >= MinPrefix);
        for (var tier = after?.Tier ?? 0; tier <= 2 && found.Count <= take; tier++)
        {
            var afterId = after is not null && tier == after.Tier ? after.AfterId : 0;
            var query = tier switch
            {
                // A file's name has four parts, so a one-word query is never a whole name: one query saved.
                0 => words.Count < 2 ? null : db.Beneficiaries.Where(b => b.NameKey == key && b.Id > afterId).Select(b => b.Id),
                1 => words.Count < 2 ? Every(db, order, afterId, prefix: false)
                    : Every(db, order, afterId, prefix: false).Where(id => !db.Beneficiaries.Any(b => b.Id == id && b.NameKey == key)),
                _ => canPrefix ? NotAllWhole(db, Every(db, order, afterId, prefix: true), words) : null,
            };
            if (query is null)
            {
                continue;
            }
            var ids = await query.OrderBy(id => id).Take(take + 1 - found.Count).ToListAsync(ct);
            found.AddRange(ids.Select(id => (tier, id)));
        }
        var next = found.Count > take ? new SearchCursor(found[take - 1].Tier, found[take - 1].Id) : null;
        return (found.Take(take).Select(f => f.Id).ToList(), next);
    }

    /// <summary>
    /// How many tokens match each word (as a beginning, when long enough), counted up to <see cref="ProbeCap"/>: one
    /// statement for all the words, since a round trip costs more than these index probes (each count is the remainder
    /// below 100,000, its word's position above it, so the rows' order does not matter).
    /// </summary>
    private static async Task<int[]> ProbeAsync(HopeDb db, IReadOnlyList<string> words, CancellationToken ct)
    {
        var args = new List<object>();
        var arms = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            args.Add(w);
            var match = w.Length < MinPrefix ? $"\"Token\" = {{{args.Count - 1}}}" : $"\"Token\" >= {{{args.Count - 1}}} AND \"Token\" < {{{args.Count}}}";
            if (w.Length >= MinPrefix)
            {
                args.Add(w[..^1] + (char)(w[^1] + 1));
            }
            arms.Add($"SELECT {i * 100_000} + COUNT(*) AS \"Value\" FROM (SELECT 1 AS \"One\" FROM \"BeneficiaryNameTokens\" WHERE {match} LIMIT {ProbeCap}) AS p{i}");
        }
        var rows = await db.Database.SqlQueryRaw<int>(string.Join(" UNION ALL ", arms), [.. args]).ToListAsync(ct);
        var counts = new int[words.Count];
        foreach (var row in rows)
        {
            counts[row / 100_000] = row % 100_000;
        }
        return counts;
    }

    /// <summary>Ids of files holding every word; the first (rarest) word drives, the others are looked up per file.</summary>
    private static IQueryable<int> Every(HopeDb db, List<string> order, int afterId, bool prefix)
    {
        var driver = db.BeneficiaryNameTokens.Where(Matches(order[0], prefix)).Where(t => t.BeneficiaryId > afterId).Select(t => t.BeneficiaryId);
        // A file's tokens are distinct, so a whole word drives without repeats; a beginning can meet two of them.
        var ids = prefix && order[0].Length >= MinPrefix ? driver.Distinct() : driver;
        foreach (var word in order.Skip(1))
        {
            var others = db.BeneficiaryNameTokens.Where(Matches(word, prefix));
            ids = ids.Where(id => others.Any(t => t.BeneficiaryId == id));
        }
        return ids;
    }

    /// <summary>Leaves out the files tier 1 already gave: those holding every word whole.</summary>
    private static IQueryable<int> NotAllWhole(HopeDb db, IQueryable<int> ids, IReadOnlyList<string> words)
    {
        var whole = words.ToList();
        var n = whole.Count;
        return ids.Where(id => db.BeneficiaryNameTokens.Count(t => t.BeneficiaryId == id && whole.Contains(t.Token)) < n);
    }

    /// <summary>The word itself, or (long enough, and asked) any token beginning with it, as a range on the index.</summary>
    internal static Expression<Func<BeneficiaryNameToken, bool>> Matches(string word, bool prefix)
    {
        if (!prefix || word.Length < MinPrefix)
        {
            return t => t.Token == word;
        }
        var upper = word[..^1] + (char)(word[^1] + 1);
        return t => string.Compare(t.Token, word) >= 0 && string.Compare(t.Token, upper) < 0;
    }
}
