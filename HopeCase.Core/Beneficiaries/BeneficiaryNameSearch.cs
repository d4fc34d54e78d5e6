using System.Data.Common;
using HopeCase.Core.Data;

namespace HopeCase.Core.Beneficiaries;

/// <summary>
/// A name search on the token index, in three tiers: the whole name (the match key equals the query's), then files
/// holding every word, then files where every word is at least the beginning of one of theirs. Each tier is driven
/// by its rarest word (probed on the index with a cap), read in id order, so a page costs about the same at a
/// thousand files or a million. A page is one statement after the probe (<see cref="BeneficiaryNameSql"/>): when
/// the rarest word has fewer tokens than the cap its files are ranked in one pass, otherwise tier after tier.
/// </summary>
internal static class BeneficiaryNameSearch
{
    /// <summary>A word shorter than this is matched whole only; a longer one also as the beginning of a word.</summary>
    public const int MinPrefix = 3;

    /// <summary>
    /// How far the index is probed to tell a rare word from a common one. At a million files a family name has tens of
    /// thousands of tokens and a rare word hundreds; a cap of 512 ranked them all alike, so a common word could drive
    /// a rare full name through all its tokens (the benchmark's "rare full name" case). Below the cap the rarest
    /// word's files are few enough to be read once and ranked (each by its own handful of tokens).
    /// </summary>
    public const int ProbeCap = 4096;

    public static async Task<(List<BeneficiaryHit> Hits, SearchCursor? Next)> PageAsync(HopeDb db, IReadOnlyList<string> words, string key, SearchCursor? after,
        int take, CancellationToken ct)
    {
        if (words.Count == 0)
        {
            return ([], null);
        }
        var probed = words.Count > 1 ? await ProbeAsync(db, words, ct) : new Probed(new int[words.Count], 0, null);
        var (counts, files) = (probed.Counts, probed.Files);
        if (counts.Any(c => c == 0) && words.Count > 1)
        {
            return ([], null); // a word no file has: nothing can match, whatever the tier
        }
        var order = Enumerable.Range(0, words.Count).OrderBy(i => counts[i]).Select(i => words[i]).ToList();
        var sql = new BeneficiaryNameSql(probed.Begun);
        var statement = RankOnce(counts, files, take)
            ? sql.Ranked(words, order, key, after?.Tier ?? 0, after?.AfterId ?? 0, take + 1)
            : sql.Tiered(words, order, key, after?.Tier ?? 0, after?.AfterId ?? 0, take + 1);
        // The ranked ids joined to the shown columns: the page is one statement, not ids and then their rows.
        var found = (await PlainCommand.ReadAsync(db, BeneficiaryNameSql.WithColumns(statement), sql.Args, HitRow, ct))
            .OrderBy(f => f.Tier).ThenBy(f => f.Hit.Id).ToList();
        var next = found.Count > take ? new SearchCursor(found[take - 1].Tier, found[take - 1].Hit.Id) : null;
        return (found.Take(take).Select(f => f.Hit).ToList(), next);
    }

    /// <summary>
    /// Whether the rarest word's files are read once and ranked: it is under the cap, and the files expected to hold every
    /// word (its count times each other word's share of the files, as if independent) do not fill the page, so tier
    /// after tier would read all of them anyway (twice: whole, then begun). A page that fills early goes tier by tier.
    /// </summary>
    internal static bool RankOnce(int[] counts, int files, int take)
    {
        if (counts.Length < 2 || counts.Min() >= ProbeCap || files <= 0)
        {
            return false;
        }
        var sorted = counts.Order().ToArray();
        var expected = sorted.Skip(1).Aggregate((double)sorted[0], (e, c) => e * Math.Min(1.0, (double)c / files));
        return expected < take + 1;
    }

    /// <summary>
    /// How many tokens match each word (as a beginning, when long enough), counted up to <see cref="ProbeCap"/>: one
    /// statement for all the words, since a round trip costs more than these index probes (each count is the remainder
    /// below 100,000, its word's position above it, so the rows' order does not matter).
    /// </summary>
    private static async Task<Probed> ProbeAsync(HopeDb db, IReadOnlyList<string> words, CancellationToken ct)
    {
        var sql = new BeneficiaryNameSql();
        return Probed.Of(words, await PlainCommand.ReadAsync(db, sql.Probe(words, ProbeCap), sql.Args,
            r => (r.GetInt32(0), r.IsDBNull(1) ? null : r.GetString(1), r.IsDBNull(2) ? (int?)null : r.GetInt32(2)), ct));
    }

    /// <summary>A row of a page (<see cref="BeneficiaryNameSql.WithColumns"/>): the rank tier (0 whole name, 1 every word, 2 partial) and the hit.</summary>
    private static (int Tier, BeneficiaryHit Hit) HitRow(DbDataReader r) =>
        (r.GetInt32(0), new BeneficiaryHit(r.GetInt32(1), r.GetString(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4),
            r.GetFieldValue<DateOnly>(5), r.GetString(6), r.IsDBNull(7) ? null : r.GetString(7), (RiskLevel)r.GetInt32(8)));
}
