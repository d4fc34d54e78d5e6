namespace HopeCase.Core.Beneficiaries;

/// <summary>
/// The name search's statements, written once for both providers (quoted identifiers, EF's <c>{n}</c> parameters):
/// the tiered page (one statement whose arms run in order and stop at the page's end) and, when the rarest word is
/// rare, the ranked page of its files read once (each file's own tokens by the primary key, every tier in one pass).
/// </summary>
internal sealed class BeneficiaryNameSql(IReadOnlyDictionary<string, List<string>>? begun = null)
{
    /// <summary>The most distinct tokens a typed beginning is spelled out into; a beginning with more stays a range.</summary>
    public const int MaxBegun = 32;

    private readonly List<object> _args = [];

    public object[] Args => [.. _args];

    private string P(object value)
    {
        _args.Add(value);
        return "{" + (_args.Count - 1) + "}";
    }

    /// <summary>The word itself, or (long enough, and asked) any token beginning with it, as a range on the index.</summary>
    /// <remarks>
    /// A beginning spelled out (<see cref="Begun"/>) is matched as a list of whole tokens: each an equality seek on the
    /// (Token, BeneficiaryId) index, where a range would have to walk every file of the range to find one file.
    /// </remarks>
    private string Match(string column, string word, bool prefix) =>
        !prefix || word.Length < BeneficiaryNameSearch.MinPrefix ? $"{column} = {P(word)}"
            : begun is not null && begun.TryGetValue(word, out var tokens) && tokens.Count is > 0 and <= MaxBegun
                ? $"{column} IN ({string.Join(", ", tokens.Select(P))})"
                : $"{column} >= {P(word)} AND {column} < {P(Upper(word))}";

    private static string Upper(string word) => word[..^1] + (char)(word[^1] + 1);

    /// <summary>
    /// The distinct tokens beginning with each long word, up to one more than <see cref="MaxBegun"/>: each hop of the
    /// recursive query is one seek on the index to the next distinct token (rows: word position, token).
    /// </summary>
    private string Begun(IReadOnlyList<string> words)
    {
        var ctes = new List<string>();
        var selects = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Length < BeneficiaryNameSearch.MinPrefix)
            {
                continue;
            }
            var (w, u) = (P(words[i]), P(Upper(words[i])));
            ctes.Add($"d{i}(\"N\", \"Token\") AS (SELECT 1, (SELECT MIN(t.\"Token\") FROM \"BeneficiaryNameTokens\" t WHERE t.\"Token\" >= {w} AND t.\"Token\" < {u}) " +
                $"UNION ALL SELECT d.\"N\" + 1, (SELECT MIN(t.\"Token\") FROM \"BeneficiaryNameTokens\" t WHERE t.\"Token\" > d.\"Token\" AND t.\"Token\" < {u}) " +
                $"FROM d{i} d WHERE d.\"Token\" IS NOT NULL AND d.\"N\" <= {MaxBegun})");
            selects.Add($"SELECT {i} AS \"Word\", x.\"Token\", CAST(NULL AS INTEGER) AS \"Count\" FROM d{i} x WHERE x.\"Token\" IS NOT NULL");
        }
        return ctes.Count == 0 ? "" : $"WITH RECURSIVE {string.Join(", ", ctes)} {string.Join(" UNION ALL ", selects)}";
    }

    /// <summary>Ids of files holding every word (the first, rarest, drives; the others are looked up per file).</summary>
    private string Every(IReadOnlyList<string> order, int afterId, bool prefix, string extra)
    {
        var distinct = prefix && order[0].Length >= BeneficiaryNameSearch.MinPrefix ? "DISTINCT " : "";
        var sql = $"SELECT {distinct}t.\"BeneficiaryId\" AS \"Id\" FROM \"BeneficiaryNameTokens\" t WHERE {Match("t.\"Token\"", order[0], prefix)} AND t.\"BeneficiaryId\" > {P(afterId)}";
        for (var i = 1; i < order.Count; i++)
        {
            sql += $" AND EXISTS (SELECT 1 FROM \"BeneficiaryNameTokens\" u{i} WHERE u{i}.\"BeneficiaryId\" = t.\"BeneficiaryId\" AND {Match($"u{i}.\"Token\"", order[i], prefix)})";
        }
        return sql + extra;
    }

    /// <summary>
    /// Tier by tier from <paramref name="fromTier"/>: the whole name, every word, then partial; each arm in id order
    /// and capped, the whole statement capped at <paramref name="limit"/>, so a tier after a full page is never read.
    /// </summary>
    public string Tiered(IReadOnlyList<string> words, IReadOnlyList<string> order, string key, int fromTier, int afterId, int limit)
    {
        var arms = new List<string>();
        for (var tier = fromTier; tier <= 2; tier++)
        {
            var after = tier == fromTier ? afterId : 0;
            var body = tier switch
            {
                0 => words.Count < 2 ? null : $"SELECT b.\"Id\" FROM \"Beneficiaries\" b WHERE b.\"NameKey\" = {P(key)} AND b.\"Id\" > {P(after)}",
                1 => Every(order, after, false, words.Count < 2 ? ""
                    : $" AND NOT EXISTS (SELECT 1 FROM \"Beneficiaries\" k WHERE k.\"Id\" = t.\"BeneficiaryId\" AND k.\"NameKey\" = {P(key)})"),
                _ => words.Any(w => w.Length >= BeneficiaryNameSearch.MinPrefix)
                    ? Every(order, after, true, $" AND (SELECT COUNT(*) FROM \"BeneficiaryNameTokens\" v WHERE v.\"BeneficiaryId\" = t.\"BeneficiaryId\" AND v.\"Token\" IN ({string.Join(", ", words.Select(P))})) < {words.Count}")
                    : null,
            };
            if (body is not null)
            {
                arms.Add($"SELECT {tier} AS \"Tier\", a{tier}.\"Id\" FROM ({body} ORDER BY 1 LIMIT {limit}) a{tier}");
            }
        }
        return $"SELECT r.\"Tier\", r.\"Id\" FROM ({string.Join(" UNION ALL ", arms)}) r LIMIT {limit}";
    }

    /// <summary>
    /// The files of the rarest word (fewer than the probe's cap), each ranked in one pass: those that begin every other
    /// word (rarest first, so most files fail at once) are given their tier, whole name, every word whole, or partial;
    /// in (tier, id) order after the cursor.
    /// </summary>
    public string Ranked(IReadOnlyList<string> words, IReadOnlyList<string> order, string key, int afterTier, int afterId, int limit)
    {
        var driver = Every(order, 0, true, "");
        var whole = $"(SELECT COUNT(*) FROM \"BeneficiaryNameTokens\" v WHERE v.\"BeneficiaryId\" = c.\"Id\" AND v.\"Token\" IN ({string.Join(", ", words.Select(P))}))";
        var tier = $"CASE WHEN {whole} < {words.Count} THEN 2 WHEN EXISTS (SELECT 1 FROM \"Beneficiaries\" k WHERE k.\"Id\" = c.\"Id\" AND k.\"NameKey\" = {P(key)}) THEN 0 ELSE 1 END";
        return $"SELECT r.\"Tier\", r.\"Id\" FROM (SELECT {tier} AS \"Tier\", c.\"Id\" FROM ({driver}) c) r " +
            $"WHERE r.\"Tier\" > {P(afterTier)} OR (r.\"Tier\" = {P(afterTier)} AND r.\"Id\" > {P(afterId)}) ORDER BY r.\"Tier\", r.\"Id\" LIMIT {limit}";
    }

    /// <summary>The shown columns of a page's files, read with the page (rows: tier, then the columns of a hit).</summary>
    public static string WithColumns(string page) =>
        "SELECT x.\"Tier\", b.\"Id\", b.\"FullName\", b.\"NationalId\", b.\"Mobile\", b.\"BirthDate\", b.\"Governorate\", b.\"FileNumber\", b.\"Risk\" " +
        $"FROM ({page}) x JOIN \"Beneficiaries\" b ON b.\"Id\" = x.\"Id\"";

    /// <summary>
    /// One statement of rows (word, token, count): the tokens each long word begins (<see cref="Begun"/>), the count of
    /// tokens matching each word (as a beginning, when long enough) up to the cap, and the highest file id (word -1).
    /// </summary>
    public string Probe(IReadOnlyList<string> words, int cap)
    {
        var begun = Begun(words);
        var counts = string.Join(" UNION ALL ", words.Select((w, i) =>
            $"SELECT {i} AS \"Word\", NULL AS \"Token\", CAST(COUNT(*) AS INTEGER) AS \"Count\" FROM (SELECT 1 AS \"One\" FROM \"BeneficiaryNameTokens\" t WHERE {Match("t.\"Token\"", w, true)} LIMIT {cap}) p{i}")
            .Append("SELECT -1 AS \"Word\", NULL AS \"Token\", CAST(COALESCE(MAX(f.\"Id\"), 0) AS INTEGER) AS \"Count\" FROM \"Beneficiaries\" f"));
        return begun.Length == 0 ? counts : begun + " UNION ALL " + counts;
    }
}
