namespace HopeCase.Core.Beneficiaries;

/// <summary>
/// What the probe found: how many tokens match each word (up to the cap), the table's size (its highest id), and the
/// distinct tokens each long word begins (a word beginning more than <see cref="BeneficiaryNameSql.MaxBegun"/> stays a range).
/// </summary>
internal sealed record Probed(int[] Counts, int Files, IReadOnlyDictionary<string, List<string>>? Begun)
{
    public static Probed Of(IReadOnlyList<string> words, IEnumerable<(int Word, string? Token, int? Count)> rows)
    {
        var (counts, files) = (new int[words.Count], 0);
        var begun = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (word, token, count) in rows)
        {
            if (word < 0)
            {
                files = count ?? 0;
            }
            else if (token is not null)
            {
                (begun.TryGetValue(words[word], out var list) ? list : begun[words[word]] = []).Add(token);
            }
            else
            {
                counts[word] = count ?? 0;
            }
        }
        return new Probed(counts, files, begun);
    }
}
