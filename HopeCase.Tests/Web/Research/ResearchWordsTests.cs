using System.Text.RegularExpressions;
using System.Xml.Linq;
using HopeCase.Core.Committee;
using HopeCase.Core.Deadlines;
using HopeCase.Core.Registration;
using HopeCase.Core.Research;
using HopeCase.Tests.Support;

namespace HopeCase.Tests.Web.Research;

/// <summary>Every word the research, committee and service pages build from an enum or an error code exists in both languages.</summary>
public sealed partial class ResearchWordsTests
{
    private static HashSet<string> Keys(string file) =>
        XDocument.Load(Path.Combine(Artifacts.RepositoryRoot, "HopeCase.Web", "Resources", file)).Root!.Elements("data")
            .Select(e => e.Attribute("name")!.Value).ToHashSet(StringComparer.Ordinal);

    private static readonly int[] Counts = [1, 2, 5, 12];

    private static IEnumerable<string> Needed()
    {
        static IEnumerable<string> Of<T>(string prefix) where T : struct, Enum => Enum.GetValues<T>().Select(v => $"{prefix}_{v}");
        var keys = Of<VisitType>("Research.VisitType").Concat(Of<Recommendation>("Research.Recommendation")).Concat(Of<DecisionKind>("Committee.DecisionKind"))
            .Concat(Of<RejectionReason>("Committee.RejectionReason")).Concat(Of<DeliveryMode>("Committee.DeliveryMode")).Concat(Of<ChecklistItem>("Registration.ChecklistItem"))
            .Concat(Of<NotificationKind>("Deadlines.NotificationKind")).Concat(Of<SessionStatus>("Committee.SessionStatus"))
            .Concat(["Errors.ChangedByAnother", "Errors.Forbidden"])
            .Concat(Counts.SelectMany(n => new[] { HopeCase.Web.Features.Deadlines.DaysLeft.CountKey("Deadlines.DaysLeft", n), HopeCase.Web.Features.Deadlines.DaysLeft.CountKey("Deadlines.OverdueBy", n) }))
            .ToList();
        // Every code a rule of research, committee or service can refuse with.
        foreach (var folder in new[] { "Research", "Committee", "Registration", "ServiceDelivery", "Deadlines" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(Artifacts.RepositoryRoot, "HopeCase.Core", folder), "*.cs"))
            {
                keys.AddRange(Code().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value));
            }
        }
        return keys.Distinct();
    }

    [Theory]
    [InlineData("Strings.resx")]
    [InlineData("Strings.en.resx")]
    public void Every_enum_word_and_rule_code_has_text(string file)
    {
        var needed = Needed().ToList();
        Assert.Contains("Committee.ConflictOfInterest", needed);
        Assert.Contains("Research.VisitType_Video", needed);
        Assert.Empty(needed.Except(Keys(file)));
    }

    [GeneratedRegex(@"""((?:Research|Committee|Registration|ServiceDelivery|Deadlines)\.[A-Z][A-Za-z]+)""")]
    private static partial Regex Code();
}
