using System.Text.RegularExpressions;
using System.Xml.Linq;
using HopeCase.Core.Beneficiaries;
using HopeCase.Core.Requests;
using HopeCase.Tests.Support;
using HopeCase.Web.Features.Requests;

namespace HopeCase.Tests.Web.Requests;

/// <summary>Words the public pages build from enum values and error codes exist in both languages.</summary>
public sealed partial class PublicWordsTests
{
    private static HashSet<string> Keys(string file) =>
        XDocument.Load(Path.Combine(Artifacts.RepositoryRoot, "HopeCase.Web", "Resources", file)).Root!.Elements("data")
            .Select(e => e.Attribute("name")!.Value).ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<string> Needed()
    {
        foreach (var s in Enum.GetValues<RequestStatus>())
        {
            yield return $"Requests.RequestStatus_{s}";
        }
        foreach (var g in Enum.GetValues<Gender>())
        {
            yield return $"Requests.ApplyGender_{g}";
        }
        foreach (var m in Enum.GetValues<MaritalStatus>())
        {
            yield return $"Requests.ApplyMaritalStatus_{m}";
        }
        foreach (var i in Enum.GetValues<IncomeBracket>())
        {
            yield return $"Requests.ApplyIncomeBracket_{i}";
        }
        foreach (var p in Enum.GetValues<UploadProblem>().Where(p => p != UploadProblem.None))
        {
            yield return new FieldError("x", $"Upload.{p}").ResourceKey;
        }
        // Every error code the applicant's data can produce: the domain's checks and the public form's own.
        var sources = new[]
        {
            Path.Combine(Artifacts.RepositoryRoot, "HopeCase.Core", "Beneficiaries", "BeneficiaryRules.cs"),
            Path.Combine(Artifacts.RepositoryRoot, "HopeCase.Core", "Beneficiaries", "BeneficiaryService.cs"),
            Path.Combine(Artifacts.RepositoryRoot, "HopeCase.Core", "Requests", "PublicIntakeService.cs"),
            Path.Combine(Artifacts.RepositoryRoot, "HopeCase.Web", "Features", "Requests", "ApplyForm.cs"),
        };
        foreach (var file in sources)
        {
            foreach (Match m in ErrorCode().Matches(File.ReadAllText(file)))
            {
                yield return new FieldError("x", m.Groups[1].Value).ResourceKey;
            }
        }
    }

    [Fact]
    public void Every_status_choice_and_error_code_has_words_in_arabic_and_english()
    {
        var needed = Needed().Distinct().ToList();
        Assert.True(needed.Count > 40, $"only {needed.Count} keys found: the scan is broken");
        // Staff-only outcomes the website never shows are left to the staff pages.
        string[] staffOnly = ["Requests.ApplyError_NationalId_Exists", "Requests.ApplyError_NationalId_Immutable", "Requests.ApplyError_Duplicates_Unacknowledged", "Requests.ApplyError_Consent_EmailNeedsEmail"];
        foreach (var file in new[] { "Strings.resx", "Strings.en.resx" })
        {
            var keys = Keys(file);
            Assert.Empty(needed.Except(staffOnly).Where(k => !keys.Contains(k)).Select(k => $"{file}: {k}"));
        }
    }

    [GeneratedRegex(@"""((?:Name|NationalId|IdExpiry|Gender|BirthDate|Mobile|Governorate|Consent|MaritalStatus|HouseholdSize|Income|Description|Declaration|SupportType|Upload|Duplicates)\.[A-Za-z]+)""")]
    private static partial Regex ErrorCode();
}
