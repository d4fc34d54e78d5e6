using System.Xml.Linq;
using HopeCase.Core.Contacts;
using HopeCase.Core.Dashboard;
using HopeCase.Core.Feedback;
using HopeCase.Core.Messaging;
using HopeCase.Core.Surveys;
using HopeCase.Tests.Support;
using HopeCase.Web.Features.Dashboard;

namespace HopeCase.Tests.Web.Feedback;

/// <summary>Words this feature builds from enum values and buckets (interpolated keys) exist in both languages.</summary>
public sealed class FeedbackWordsTests
{
    private static HashSet<string> Keys(string file) =>
        XDocument.Load(Path.Combine(Artifacts.RepositoryRoot, "HopeCase.Web", "Resources", file)).Root!.Elements("data")
            .Select(e => e.Attribute("name")!.Value).ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<string> Needed()
    {
        foreach (var k in Enum.GetValues<MessageKind>()) { yield return $"Messaging.MessageKind_{k}"; }
        foreach (var c in Enum.GetValues<MessageChannel>()) { yield return $"Messaging.MessageChannel_{c}"; }
        foreach (var s in Enum.GetValues<MessageStatus>()) { yield return $"Messaging.MessageStatus_{s}"; }
        foreach (var s in Enum.GetValues<SurveyLinkState>()) { yield return $"Surveys.SurveyLinkState_{s}"; }
        foreach (var m in Enum.GetValues<SurveyMode>()) { yield return $"Surveys.SurveyMode_{m}"; }
        foreach (var r in Enum.GetValues<FollowUpReason>()) { yield return $"Surveys.FollowUpReason_{r}"; }
        foreach (var k in Enum.GetValues<FeedbackKind>()) { yield return $"Feedback.FeedbackKind_{k}"; }
        foreach (var c in Enum.GetValues<FeedbackCategory>()) { yield return $"Feedback.FeedbackCategory_{c}"; }
        foreach (var s in Enum.GetValues<FeedbackStatus>()) { yield return $"Feedback.FeedbackStatus_{s}"; }
        foreach (var t in Enum.GetValues<FeedbackThreshold>()) { yield return $"Feedback.FeedbackThreshold_{t}"; }
        foreach (var c in Enum.GetValues<ContactChannel>()) { yield return $"Contacts.ContactChannel_{c}"; }
        foreach (var b in DashboardService.DaysLeftKeys) { yield return $"Dashboard.DaysLeft_{DashboardExport.Key(b)}"; }
        foreach (var b in DashboardService.AgeKeys) { yield return $"Dashboard.ComplaintAge_{DashboardExport.Key(b)}"; }
        foreach (var q in new[] { "Overall", "Courtesy", "Clarity", "Speed", "Ease", "Recommend" }) { yield return $"Surveys.Question_{q}"; }
        for (var v = 1; v <= 5; v++) { yield return $"Surveys.Scale_{v}"; }
    }

    [Fact]
    public void Every_interpolated_key_has_words_in_both_languages()
    {
        var ar = Keys("Strings.resx");
        var en = Keys("Strings.en.resx");
        var needed = Needed().ToList();
        Assert.True(needed.Count > 60);
        Assert.Empty(needed.Except(ar));
        Assert.Empty(needed.Except(en));
    }
}
