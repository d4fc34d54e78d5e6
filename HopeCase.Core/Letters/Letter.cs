using HopeCase.Core.Security;

namespace HopeCase.Core.Letters;

/// <summary>
/// An issued letter in the register. What was sent never changes: every content field has a private setter and
/// there is no method that alters it. Only the postal status moves on (printed, mailed, returned).
/// </summary>
[PersonalData]
public sealed class Letter
{
    private Letter()
    {
    }

    public Letter(IssuedNumber number, DateTimeOffset issuedAt, LetterContent content, string bodyHtml, string verifyCode, byte[] pdf, string? issuedBy)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(pdf);
        Number = number.Text;
        HijriYear = number.HijriYear;
        Sequence = number.Sequence;
        IssuedAt = issuedAt;
        Type = content.Type;
        Culture = content.IsArabic ? "ar" : "en";
        RecipientName = content.RecipientName;
        RecipientAddress = string.IsNullOrWhiteSpace(content.RecipientAddress) ? null : content.RecipientAddress.Trim();
        BeneficiaryId = content.BeneficiaryId;
        SubjectType = content.SubjectType;
        SubjectId = content.SubjectId;
        IdempotencyKey = content.IdempotencyKey;
        ContentJson = LetterSnapshot.Serialize(content);
        BodyHtml = bodyHtml;
        VerifyCode = verifyCode;
        Pdf = pdf;
        Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf));
        IssuedBy = issuedBy;
    }

    public int Id { get; private set; }
    public string Number { get; private set; } = "";
    public int HijriYear { get; private set; }
    public int Sequence { get; private set; }
    public DateTimeOffset IssuedAt { get; private set; }
    public LetterType Type { get; private set; }
    public string Culture { get; private set; } = "ar";
    public string RecipientName { get; private set; } = "";
    public string? RecipientAddress { get; private set; }
    public int? BeneficiaryId { get; private set; }
    public string? SubjectType { get; private set; }
    public string? SubjectId { get; private set; }

    /// <summary>One letter per effect (e.g. "decision:42"): a job that runs twice finds the letter already issued.</summary>
    public string? IdempotencyKey { get; private set; }

    /// <summary>The <see cref="LetterContent"/> as issued, so a copy is re-rendered from exactly what was sent.</summary>
    public string ContentJson { get; private set; } = "";

    /// <summary>The wording as it stood at issue, placeholders already filled.</summary>
    public string BodyHtml { get; private set; } = "";

    public string VerifyCode { get; private set; } = "";
    public byte[] Pdf { get; private set; } = [];
    public string Sha256 { get; private set; } = "";
    public string? IssuedBy { get; private set; }

    public MailStatus MailStatus { get; private set; }
    public DateTimeOffset? MailStatusAt { get; private set; }

    public LetterContent Content => LetterSnapshot.Deserialize(ContentJson);

    public void SetMailStatus(MailStatus status, DateTimeOffset at)
    {
        MailStatus = status;
        MailStatusAt = at;
    }
}
