namespace HopeCase.Core.Arabic;

/// <summary>
/// Cuts a name into match tokens: <see cref="ArabicText.Normalize"/>, then compound names joined (عبد الرحمن =
/// عبدالرحمن, أبو بكر = أبوبكر, آل سعود = آلسعود), بن / بنت left out between parts, and Latin names without case,
/// hyphens or the Al- / El- / Abdul- spellings (Al-Shehri = al shehri = Alshehri = El-Shehri). Search, the duplicate
/// check and the import all compare these tokens; what is deliberately not matched is in docs/arabic-matching.md.
/// </summary>
public static class ArabicNames
{
    /// <summary>At most this many tokens are taken from one name or query; the rest is ignored.</summary>
    public const int MaxTokens = 12;

    /// <summary>The longest token kept (the index column's width).</summary>
    public const int MaxTokenLength = 60;

    private static readonly HashSet<string> JoinNext = new(StringComparer.Ordinal) { "عبد", "ابو", "ال", "abd", "abdul", "abdel", "abdal", "abdil", "abdur", "abdol", "abu", "al" };
    private static readonly HashSet<string> Between = new(StringComparer.Ordinal) { "بن", "بنت", "ابن", "bin", "bint", "ibn" };
    private static readonly string[] AbdSpellings = ["abdul", "abdel", "abdal", "abdil", "abdur", "abdol", "abd"];

    /// <summary>The match tokens of a name or a query, in order, without repeats.</summary>
    public static IReadOnlyList<string> Tokens(string? text)
    {
        var words = ArabicText.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Latin).ToList();
        var tokens = new List<string>(words.Count);
        for (var i = 0; i < words.Count && tokens.Count < MaxTokens; i++)
        {
            var word = words[i];
            if (Between.Contains(word) && tokens.Count > 0 && i < words.Count - 1)
            {
                continue;
            }
            // A particle joins the word after it, so the spaced and the joined spelling meet; particles repeat in
            // Latin ("Abd Al Rahman"), so the joined word is looked at again.
            while (JoinNext.Contains(word) && i < words.Count - 1)
            {
                word = Latin(word + words[++i]);
            }
            word = word.Length > MaxTokenLength ? word[..MaxTokenLength] : word;
            if (!tokens.Contains(word, StringComparer.Ordinal))
            {
                tokens.Add(word);
            }
        }
        return tokens;
    }

    /// <summary>The tokens joined by single spaces: equal keys mean the same name however it was typed.</summary>
    public static string Key(string? text) => string.Join(' ', Tokens(text));

    /// <summary>
    /// Two names (as <see cref="Key"/>s) that may be one person: equal, or the shorter (two words or more) is in the
    /// longer in order with the same first and last word (a three-part name against the four-part one).
    /// </summary>
    public static bool SamePerson(string? keyA, string? keyB)
    {
        var a = (keyA ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var b = (keyB ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (a.Length == 0 || b.Length == 0)
        {
            return false;
        }
        if (a.SequenceEqual(b, StringComparer.Ordinal))
        {
            return true;
        }
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        if (shorter.Length < 2 || shorter[0] != longer[0] || shorter[^1] != longer[^1])
        {
            return false;
        }
        var j = 0;
        foreach (var word in longer)
        {
            if (j < shorter.Length && word == shorter[j])
            {
                j++;
            }
        }
        return j == shorter.Length;
    }

    /// <summary>Latin words only: El- → Al-, Abou → Abu, and the Abdul / Abdel / Abdur spellings of عبد (and a following al-) → abd.</summary>
    private static string Latin(string word)
    {
        if (word.Length == 0 || word[0] is < 'a' or > 'z')
        {
            return word;
        }
        if (word == "el" || (word.StartsWith("el", StringComparison.Ordinal) && word.Length >= 6))
        {
            word = "al" + word[2..];
        }
        if (word.StartsWith("abou", StringComparison.Ordinal))
        {
            word = "abu" + word[4..];
        }
        foreach (var abd in AbdSpellings)
        {
            if (word.StartsWith(abd, StringComparison.Ordinal) && word.Length >= abd.Length + 3)
            {
                var rest = word[abd.Length..];
                rest = rest.StartsWith("al", StringComparison.Ordinal) && rest.Length >= 5 ? rest[2..] : rest;
                return "abd" + rest;
            }
        }
        return word;
    }
}
