using System.Text.RegularExpressions;
using HopeCase.Core.Arabic;

namespace HopeCase.Core.Audit;

/// <summary>
/// What free text may leave in the audit trail. Every search term, filter, typed address or file name written into an
/// entry goes through <see cref="Term"/>: cut to <see cref="MaxLength"/> characters, every run of digits long enough
/// to be part of a national ID or a mobile (Eastern digits, spaces and dashes inside allowed) masked but its last two.
/// Every entry's details and changed values also go through <see cref="Mask"/> as the last net (docs/adr/0031).
/// </summary>
public static partial class AuditText
{
    public const int MaxLength = 100;

    /// <summary>A term or filter as an audit entry keeps it.</summary>
    public static string Term(string? query)
    {
        var text = ArabicDigits.ToAscii((query ?? "").Trim());
        text = LongNumber().Replace(text, m => Hide(m.Value, 2));
        return text.Length > MaxLength ? text[..MaxLength] : text;
    }

    /// <summary>
    /// Any national ID or mobile in free details (nine digits or more, Western or Eastern, spaces and dashes inside
    /// allowed) keeps only its last four digits. Shorter numbers (record ids, counts, years) are left alone.
    /// </summary>
    public static string Mask(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IdOrMobile().Replace(text, m => Hide(m.Value, 4));
    }

    private static string Hide(string run, int keep)
    {
        var digits = run.Count(char.IsDigit);
        var seen = 0;
        return string.Concat(run.Select(c => !char.IsDigit(c) ? c : ++seen > digits - keep ? c : '*'));
    }

    [GeneratedRegex(@"\d[\d\s\-]{5,}\d")]
    private static partial Regex LongNumber();

    [GeneratedRegex(@"(?<![0-9٠-٩۰-۹])[0-9٠-٩۰-۹](?:[ \-]?[0-9٠-٩۰-۹]){8,}(?![0-9٠-٩۰-۹])")]
    private static partial Regex IdOrMobile();
}
