using System.Globalization;
using HopeCase.Core.Beneficiaries;
using HopeCase.Core.Requests;
using HopeCase.Core.Saudi;

namespace HopeCase.Core.Letters;

/// <summary>Builds the content of letters about one support request from the request itself.</summary>
public static class RequestLetters
{
    /// <summary>The receipt mailed once a request is submitted (P-6.5): reference, submission date and the date the committee will answer by.</summary>
    public static LetterContent Receipt(SupportRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (r.Reference is null || r.SubmittedAt is null || r.Beneficiary is null)
        {
            throw new InvalidOperationException($"Request {r.Id} has not been submitted (or its beneficiary is not loaded): it has no receipt.");
        }
        var ar = CultureInfo.GetCultureInfo("ar-SA");
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["BeneficiaryName"] = r.Beneficiary.FullName,
            ["RequestNumber"] = r.Reference,
            ["RequestDate"] = DualDate.Written(r.SubmittedAt.Value, ar),
            ["DueDate"] = r.DueAt is { } due ? DualDate.Written(due, ar) : "",
            ["TrackingCode"] = PublicReferences.Display(r.PublicReference),
        };
        return new LetterContent(LetterType.RequestReceipt, "ar", r.Beneficiary.FullName, PostalAddress(r.Beneficiary),
            values, [], BeneficiaryId: r.BeneficiaryId, SubjectType: nameof(SupportRequest), SubjectId: r.Id.ToString(CultureInfo.InvariantCulture),
            IdempotencyKey: ReceiptKey(r.Id));
    }

    /// <summary>The confirmation of a withdrawal (issue 14 item 11), in Arabic, with the reason the beneficiary gave.</summary>
    public static LetterContent Withdrawal(SupportRequest r, string reason, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(r);
        var b = r.Beneficiary ?? throw new InvalidOperationException($"Request {r.Id}: its beneficiary is not loaded.");
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["BeneficiaryName"] = b.FullName,
            ["RequestNumber"] = r.Reference ?? PublicReferences.Display(r.PublicReference),
            ["WithdrawalDate"] = DualDate.Written(at, CultureInfo.GetCultureInfo("ar-SA")),
            ["Reasons"] = reason,
        };
        return new LetterContent(LetterType.WithdrawalConfirmation, "ar", b.FullName, PostalAddress(b), values, [], BeneficiaryId: r.BeneficiaryId,
            SubjectType: nameof(SupportRequest), SubjectId: r.Id.ToString(CultureInfo.InvariantCulture), IdempotencyKey: WithdrawalKey(r.Id));
    }

    public static string WithdrawalKey(int requestId) => $"request:{requestId.ToString(CultureInfo.InvariantCulture)}:withdrawal";

    public static string ReceiptKey(int requestId) => $"request:{requestId.ToString(CultureInfo.InvariantCulture)}:receipt";

    /// <summary>The lines printed on an envelope or label; null when the file has no street address to mail to.</summary>
    public static string? PostalAddress(Beneficiary b)
    {
        ArgumentNullException.ThrowIfNull(b);
        if (string.IsNullOrWhiteSpace(b.Address))
        {
            return null;
        }
        return string.Join(" - ", new[] { b.Region, b.Governorate, b.Address.Trim() }.Where(s => !string.IsNullOrWhiteSpace(s)));
    }
}
