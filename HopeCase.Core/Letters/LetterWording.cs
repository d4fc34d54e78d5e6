using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using HopeCase.Core.Arabic;

namespace HopeCase.Core.Letters;

/// <summary>
/// Wording with placeholders such as {{BeneficiaryName}}. The wording is plain text typed by the association; it is
/// HTML-encoded, and so is every value put into it, so neither can inject markup into a letter.
/// </summary>
public static partial class LetterWording
{
    public static IReadOnlyList<string> Placeholders { get; } =
    [
        "BeneficiaryName", "RequestNumber", "RequestDate", "Decision", "Services", "Reasons", "AppealDeadline",
        "AppealDays", "MissingItems", "DueDate", "ReferralBody", "ReferralReason", "SessionNumber", "SessionDate",
        "Quorum", "MembersPresent", "Decisions", "OrganisationName", "OrganisationPhone", "WithdrawalDate", "TrackingCode",
        "AppealPeriod", "QuorumMembers", "MembersAbsent", "Conflicts",
    ];

    private static readonly HashSet<string> Known = new(Placeholders, StringComparer.Ordinal);

    /// <summary>Placeholders used in the wording that the system does not know, in order of appearance.</summary>
    public static IReadOnlyList<string> UnknownPlaceholders(string body) =>
        Placeholder().Matches(body ?? "").Select(m => m.Groups[1].Value).Where(p => !Known.Contains(p)).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Braces that do not form a placeholder, such as "{{Name" or "{Name}}": refused, they would print as typed.</summary>
    public static bool HasStrayBraces(string body) => Placeholder().Replace(body ?? "", "").Contains("{{", StringComparison.Ordinal)
        || Placeholder().Replace(body ?? "", "").Contains("}}", StringComparison.Ordinal);

    /// <summary>
    /// The wording as HTML: paragraphs per blank line, line breaks kept, values encoded inside &lt;bdi&gt;. For a
    /// right-to-left letter the Latin and digit runs get the marks that keep extracted text in order (<see cref="BidiMarks"/>).
    /// </summary>
    public static string ToHtml(string body, IReadOnlyDictionary<string, string> values, bool rtl = false)
    {
        ArgumentNullException.ThrowIfNull(values);
        var html = new StringBuilder();
        var paragraphs = (body ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        foreach (var paragraph in paragraphs)
        {
            var text = paragraph.Trim('\n');
            var encoded = WebUtility.HtmlEncode(rtl ? BidiMarks.ForRtl(text) : text);
            var filled = Placeholder().Replace(encoded, m =>
                values.TryGetValue(m.Groups[1].Value, out var v) && !string.IsNullOrWhiteSpace(v)
                    ? "<bdi class=\"v\">" + WebUtility.HtmlEncode(rtl ? BidiMarks.ForRtl(v) : v).Replace("\n", "<br>", StringComparison.Ordinal) + "</bdi>"
                        + (rtl && BidiMarks.EndsLtr(v) ? BidiMarks.Rlm.ToString() : "")
                    : "<span class=\"blank\">" + new string('.', 24) + "</span>");
            html.Append("<p>").Append(filled.Replace("\n", "<br>", StringComparison.Ordinal)).Append("</p>");
        }
        return html.ToString();
    }

    [GeneratedRegex(@"\{\{\s*([A-Za-z]+)\s*\}\}")]
    private static partial Regex Placeholder();
}
