using System.Text.RegularExpressions;
using System.Xml.Linq;
using HopeCase.Tests.Support;

namespace HopeCase.Tests.Web.Shared;

/// <summary>Every visible string comes from resources, in both languages.</summary>
public sealed partial class ResourceTests
{
    private static readonly string Root = Artifacts.RepositoryRoot;

    private static Dictionary<string, string> Load(string file) =>
        XDocument.Load(Path.Combine(Root, "HopeCase.Web", "Resources", file)).Root!.Elements("data")
            .ToDictionary(e => e.Attribute("name")!.Value, e => e.Element("value")!.Value);

    [Fact]
    public void Arabic_and_english_have_the_same_keys_and_no_empty_text()
    {
        var ar = Load("Strings.resx");
        var en = Load("Strings.en.resx");
        Assert.Empty(ar.Keys.Except(en.Keys));
        Assert.Empty(en.Keys.Except(ar.Keys));
        Assert.DoesNotContain(ar, kv => string.IsNullOrWhiteSpace(kv.Value));
        Assert.DoesNotContain(en, kv => string.IsNullOrWhiteSpace(kv.Value));
        Assert.All(ar, kv => Assert.Matches(ArabicLetter(), kv.Value));
    }

    [Fact]
    public void Every_key_the_pages_use_exists()
    {
        var keys = Load("Strings.resx").Keys.ToHashSet(StringComparer.Ordinal);
        var sources = Directory.EnumerateFiles(Path.Combine(Root, "HopeCase.Web"), "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var missing = new List<string>();
        var used = 0;
        foreach (var file in sources)
        {
            foreach (Match m in UsedKey().Matches(File.ReadAllText(file)))
            {
                used++;
                if (!keys.Contains(m.Groups[1].Value))
                {
                    missing.Add($"{Path.GetFileName(file)}: {m.Groups[1].Value}");
                }
            }
        }
        Assert.Empty(missing);
        Assert.True(used > 50, $"only {used} uses of the localizer were found: the scan is broken");
    }

    /// <summary>A lookup with a literal key: L["Shell.Save"], l["Account.DuplicateEmail", email], L?["..."] (not "Errors." + code).</summary>
    [GeneratedRegex(@"\b[lL]\??\[""([^""]+)""\s*[\],]")]
    private static partial Regex UsedKey();

    [GeneratedRegex(@"[\u0600-\u06FF]")]
    private static partial Regex ArabicLetter();
}
