using System.Text.RegularExpressions;
using System.Xml.Linq;
using HopeCase.Tests.Support;

namespace HopeCase.Tests.Web.Shared;

/// <summary>
/// Resource keys are named &lt;Group&gt;.&lt;Name&gt;: the feature that owns the word, or a group for words the
/// features share (Shell, Account, Public, Errors). Enum words are &lt;Feature&gt;.&lt;EnumType&gt;_&lt;Value&gt;.
/// Every key the code names, in a lookup or not (rule codes thrown by Core, queue counts, nav items), exists.
/// </summary>
public sealed partial class ResourceKeyTests
{
    private const string Groups =
        "Shell|Account|Public|Errors|Beneficiaries|Contacts|Referrals|Inquiries|Requests|Research|Committee|Deadlines|"
        + "Registration|ServiceDelivery|Letters|Messaging|Surveys|Feedback|Dashboard|Audit|Staff|Organisation|DataExchange";

    private static readonly string Root = Artifacts.RepositoryRoot;

    private static List<string> Keys(string file) =>
        XDocument.Load(Path.Combine(Root, "HopeCase.Web", "Resources", file)).Root!.Elements("data")
            .Select(e => e.Attribute("name")!.Value).ToList();

    private static IEnumerable<(string File, string Text)> Sources(params string[] projects) =>
        projects.SelectMany(p => Directory.EnumerateFiles(Path.Combine(Root, p), "*.*", SearchOption.AllDirectories))
            .Where(f => (f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f)));

    [Theory]
    [InlineData("Strings.resx")]
    [InlineData("Strings.en.resx")]
    public void Every_key_is_a_group_and_a_name(string file)
    {
        var keys = Keys(file);
        Assert.True(keys.Count > 500, $"only {keys.Count} keys were read from {file}: the scan is broken");
        var misnamed = keys.Where(k => !KeyShape().IsMatch(k)).ToList();
        var twice = keys.GroupBy(k => k, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(misnamed);
        Assert.Empty(twice);
    }

    [Fact]
    public void Every_key_the_code_names_exists()
    {
        var keys = Keys("Strings.resx").ToHashSet(StringComparer.Ordinal);
        bool IsPrefix(string p) => keys.Any(k => k.StartsWith(p, StringComparison.Ordinal) && k.Length > p.Length);
        var missing = new List<string>();
        var named = 0;
        foreach (var (file, text) in Sources("HopeCase.Core", "HopeCase.Web"))
        {
            foreach (Match m in NamedKey().Matches(text))
            {
                named++;
                var key = m.Groups[1].Value;
                // Labels.cs names enum prefixes ("Committee.DecisionKind") and adds "_" and the value.
                if (!keys.Contains(key) && !IsPrefix(key + "_"))
                {
                    missing.Add($"{file}: {key}");
                }
            }
            foreach (Match m in ComputedKey().Matches(text))
            {
                named++;
                if (!IsPrefix(m.Groups[1].Value))
                {
                    missing.Add($"{file}: {m.Groups[1].Value}{{...}}");
                }
            }
        }
        Assert.Empty(missing);
        Assert.True(named > 500, $"only {named} keys were found in the code: the scan is broken");
    }

    [GeneratedRegex($@"^(?:{Groups})\.[A-Z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*$")]
    private static partial Regex KeyShape();

    /// <summary>A string that is exactly a key: "Committee.NoQuorum" (not a prefix such as "Errors." + code).</summary>
    [GeneratedRegex($@"""((?:{Groups})\.[A-Za-z0-9_]*[A-Za-z0-9])""")]
    private static partial Regex NamedKey();

    /// <summary>The start of an interpolated key: $"Contacts.ContactChannel_{c}".</summary>
    [GeneratedRegex($@"\$""((?:{Groups})\.[A-Za-z0-9_]+)\{{")]
    private static partial Regex ComputedKey();
}
