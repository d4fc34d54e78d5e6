using System.Xml.Linq;
using HopeCase.Core.Letters;
using HopeCase.Core.Organisation;
using HopeCase.Tests.Support;

namespace HopeCase.Tests.Core.Organisation;

/// <summary>Issue 14 items 2 and 4: letters and pages use the policy's words, from one term list.</summary>
public sealed class TermsTests
{
    private static readonly string[] Files = ["Strings.resx", "Strings.en.resx"];
    private static readonly bool[] Languages = [true, false];

    private static IEnumerable<(string Where, string Text)> PageStrings() =>
        Files.SelectMany(file =>
            XDocument.Load(Path.Combine(Artifacts.RepositoryRoot, "HopeCase.Web", "Resources", file)).Root!.Elements("data")
                .Select(d => ($"{file}:{d.Attribute("name")!.Value}", d.Element("value")?.Value ?? "")));

    private static IEnumerable<(string Where, string Text)> LetterWording() =>
        Enum.GetValues<LetterType>().SelectMany(t => Languages.Select(ar => ($"{t}:{(ar ? "ar" : "en")}", DefaultWording.For(t, ar))));

    [Fact]
    public void No_page_and_no_letter_uses_a_retired_word()
    {
        var all = PageStrings().Concat(LetterWording()).ToList();
        Assert.True(all.Count > 500, "the scan read too little");
        var found = all.SelectMany(s => Terms.Retired.Keys.Where(w => s.Text.Contains(w, StringComparison.OrdinalIgnoreCase)).Select(w => $"{s.Where}: {w}")).ToList();
        Assert.Empty(found);
    }

    [Fact]
    public void What_the_system_and_the_website_do_is_signed_with_an_arabic_name()
    {
        // The author of a letter issued by a job is the system actor's name: it was "system".
        Assert.Equal(Terms.SystemAr, HopeCase.Core.Security.Actor.System.UserName);
        Assert.DoesNotMatch("[A-Za-z]", Terms.SystemAr + Terms.WebsiteAr);
    }

    [Theory]
    [InlineData(LetterType.RequestReceipt)]
    [InlineData(LetterType.Acceptance)]
    [InlineData(LetterType.CommitteeMinutes)]
    public void The_committee_letters_name_the_research_committee(LetterType type)
    {
        Assert.Contains(Terms.CommitteeAr, DefaultWording.For(type, arabic: true), StringComparison.Ordinal);
        Assert.Contains(Terms.CommitteeEn, DefaultWording.For(type, arabic: false), StringComparison.Ordinal);
    }

    [Fact]
    public void The_pages_name_the_committee_with_the_same_term()
    {
        var ar = PageStrings().Where(s => s.Where.StartsWith("Strings.resx", StringComparison.Ordinal)).ToDictionary(s => s.Where[13..], s => s.Text);
        Assert.Equal(Terms.CommitteeAr, ar["Committee.Nav"]);
        Assert.Contains(Terms.CommitteeAr, ar["Letters.LetterType_CommitteeMinutes"], StringComparison.Ordinal);
        Assert.Contains(Terms.SurveyAr, ar["Surveys.Title"], StringComparison.Ordinal);
    }
}
