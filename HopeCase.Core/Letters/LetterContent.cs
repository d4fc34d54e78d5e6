using HopeCase.Core.Security;

namespace HopeCase.Core.Letters;

/// <summary>
/// Everything a letter says, as data: what the Intake and Committee code hands to <c>LetterService.IssueAsync</c>.
/// <paramref name="Values"/> fill the placeholders of the type's wording; <paramref name="Rows"/> are the table of
/// minutes (member, role) or the fields of the support request form (label, value; an empty value prints a blank line).
/// </summary>
[PersonalData]
public sealed record LetterContent(
    LetterType Type,
    string Culture,
    string RecipientName,
    string? RecipientAddress,
    IReadOnlyDictionary<string, string> Values,
    IReadOnlyList<string> Attachments,
    IReadOnlyList<IReadOnlyList<string>>? Rows = null,
    int? BeneficiaryId = null,
    string? SubjectType = null,
    string? SubjectId = null,
    string? IdempotencyKey = null)
{
    public bool IsArabic => !Culture.StartsWith("en", StringComparison.OrdinalIgnoreCase);
}
