using HopeCase.Core.Arabic;

namespace HopeCase.Core.Inquiries;

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
