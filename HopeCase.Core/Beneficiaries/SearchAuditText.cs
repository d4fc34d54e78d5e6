using System.Text.RegularExpressions;
using HopeCase.Core.Arabic;

namespace HopeCase.Core.Beneficiaries;

/// <summary>
/// What a search leaves in the audit trail: the query cut to <see cref="MaxLength"/> characters, with every run of
/// digits long enough to be a national ID or a mobile (spaces and dashes inside allowed) masked but its last two.
/// </summary>
public static partial class SearchAuditText
{
    public const int MaxLength = 100;

    public static string Of(string? query)
    {
        var text = ArabicDigits.ToAscii((query ?? "").Trim());
        text = LongNumber().Replace(text, m =>
        {
            var digits = m.Value.Count(char.IsAsciiDigit);
            var seen = 0;
            return string.Concat(m.Value.Select(c => !char.IsAsciiDigit(c) ? c : ++seen > digits - 2 ? c : '*'));
        });
        return text.Length > MaxLength ? text[..MaxLength] : text;
    }

    [GeneratedRegex(@"\d[\d\s\-]{5,}\d")]
    private static partial Regex LongNumber();
}
