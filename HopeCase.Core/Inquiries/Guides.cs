using HopeCase.Core.Arabic;

namespace HopeCase.Core.Inquiries;

/// <summary>The relations officer's four tools (P-5), in the policy's order.</summary>
public enum GuideKind
{
    Bylaws = 1,
    SocialResearchGuide = 2,
    SupportPolicyGuide = 3,
    SupportRequestForm = 4,
}

/// <summary>The current file of one of the four tools, uploaded by an Admin.</summary>
public sealed class GuideDocument
{
    private GuideDocument()
    {
    }

    public GuideDocument(GuideKind kind, int storedFileId, string fileName, DateTimeOffset at, string? by)
    {
        (Kind, StoredFileId, FileName, UploadedAt, UploadedBy) = (kind, storedFileId, fileName, at, by);
    }

    public int Id { get; private set; }
    public GuideKind Kind { get; private set; }
    public int StoredFileId { get; private set; }
    public string FileName { get; private set; } = "";
    public DateTimeOffset UploadedAt { get; private set; }
    public string? UploadedBy { get; private set; }
}

/// <summary>A question and its answer from the association's own guides, searchable in normalised Arabic.</summary>
public sealed class FaqEntry
{
    private FaqEntry()
    {
    }

    public FaqEntry(GuideKind source, string questionAr, string answerAr, string? questionEn, string? answerEn) =>
        Edit(source, questionAr, answerAr, questionEn, answerEn);

    public int Id { get; private set; }
    public GuideKind Source { get; private set; }
    public string QuestionAr { get; private set; } = "";
    public string AnswerAr { get; private set; } = "";
    public string? QuestionEn { get; private set; }
    public string? AnswerEn { get; private set; }
    public string SearchText { get; private set; } = "";
    public bool IsActive { get; private set; } = true;

    public void Edit(GuideKind source, string questionAr, string answerAr, string? questionEn, string? answerEn)
    {
        (Source, QuestionAr, AnswerAr, QuestionEn, AnswerEn) = (source, questionAr.Trim(), answerAr.Trim(), questionEn?.Trim(), answerEn?.Trim());
        SearchText = ArabicText.Normalize($"{QuestionAr} {AnswerAr} {QuestionEn} {AnswerEn}");
    }

    public void SetActive(bool active) => IsActive = active;
}
