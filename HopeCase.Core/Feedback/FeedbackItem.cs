using HopeCase.Core.Contacts;

namespace HopeCase.Core.Feedback;

/// <summary>A suggestion or complaint (P-2), from the public site or recorded by staff from any of the 8 channels.</summary>
public sealed class FeedbackItem
{
    private FeedbackItem()
    {
    }

    public FeedbackItem(FeedbackKind kind, FeedbackCategory category, ContactChannel channel, string text, FeedbackSender sender, DateTimeOffset at, DateTimeOffset dueAt, string? recordedByName)
    {
        ArgumentNullException.ThrowIfNull(sender);
        (Kind, Category, Channel, Text, ReceivedAt, DueAt, RecordedByName) = (kind, category, channel, text.Trim(), at, dueAt, recordedByName);
        Anonymous = sender.Anonymous;
        if (!sender.Anonymous)
        {
            (SenderName, SenderMobile, SenderEmail, BeneficiaryId) = (Clean(sender.Name), Clean(sender.Mobile), Clean(sender.Email), sender.BeneficiaryId);
        }
        Culture = sender.Culture;
    }

    public int Id { get; private set; }
    public FeedbackKind Kind { get; private set; }
    public FeedbackCategory Category { get; private set; }
    public ContactChannel Channel { get; private set; }
    public string Text { get; private set; } = "";
    public bool Anonymous { get; private set; }
    public string? SenderName { get; private set; }
    public string? SenderMobile { get; private set; }
    public string? SenderEmail { get; private set; }
    public int? BeneficiaryId { get; private set; }
    public string Culture { get; private set; } = "ar";
    public DateTimeOffset ReceivedAt { get; private set; }
    public DateTimeOffset DueAt { get; private set; }
    public string? RecordedByName { get; private set; }
    public string? AssigneeId { get; private set; }
    public string? AssigneeName { get; private set; }
    public FeedbackStatus Status { get; private set; }
    public string? Answer { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }
    public string? AnsweredByName { get; private set; }

    public string Reference => $"FB-{Id:000000}";

    public void Assign(string userId, string name) => (AssigneeId, AssigneeName) = (userId, name);

    public void Recategorise(FeedbackCategory category) => Category = category;

    public void RecordAnswer(string answer, DateTimeOffset at, string? byName)
    {
        if (Status == FeedbackStatus.Answered)
        {
            throw new InvalidOperationException("This item is already answered.");
        }
        (Answer, AnsweredAt, AnsweredByName, Status) = (answer.Trim(), at, byName, FeedbackStatus.Answered);
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
