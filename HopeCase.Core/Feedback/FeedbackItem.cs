using HopeCase.Core.Beneficiaries;

namespace HopeCase.Core.Feedback;

public enum FeedbackKind
{
    Suggestion = 1,
    Complaint = 2,
}

public enum FeedbackCategory
{
    Service = 1,
    StaffConduct = 2,
    Procedures = 3,
    Waiting = 4,
    Communication = 5,
    Facilities = 6,
    Other = 7,
}

public enum FeedbackStatus
{
    Open = 0,
    Answered = 1,
}

/// <summary>A deadline threshold of a suggestion or complaint; each is acted on once (unique per item).</summary>
public enum FeedbackThreshold
{
    ReminderToAssignee = 1,
    EscalatedToManagers = 2,
}

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

/// <summary>Who sent it, when they said; nothing is kept for an anonymous sender.</summary>
public sealed record FeedbackSender(bool Anonymous, string? Name, string? Mobile, string? Email, int? BeneficiaryId, string Culture = "ar");

/// <summary>A reminder or an escalation that happened, once per (item, threshold).</summary>
public sealed class FeedbackDeadlineEvent
{
    private FeedbackDeadlineEvent()
    {
    }

    public FeedbackDeadlineEvent(int itemId, FeedbackThreshold threshold, DateTimeOffset at, string? notifiedName)
    {
        (FeedbackItemId, Threshold, At, NotifiedName) = (itemId, threshold, at, notifiedName);
    }

    public int Id { get; private set; }
    public int FeedbackItemId { get; private set; }
    public FeedbackThreshold Threshold { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string? NotifiedName { get; private set; }
}

/// <summary>"You said, we did": what changed, linked to the suggestions and complaints that led to it.</summary>
public sealed class ImprovementAction
{
    private ImprovementAction()
    {
    }

    public ImprovementAction(string youSaid, string weDid, DateTimeOffset at, string? byName)
    {
        (YouSaid, WeDid, CreatedAt, CreatedByName) = (youSaid.Trim(), weDid.Trim(), at, byName);
    }

    public int Id { get; private set; }
    public string YouSaid { get; private set; } = "";
    public string WeDid { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public string? CreatedByName { get; private set; }
    public bool Published { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }

    public void Publish(bool publish, DateTimeOffset at) => (Published, PublishedAt) = (publish, publish ? at : null);
}

public sealed class ImprovementLink
{
    public int ImprovementActionId { get; set; }
    public int FeedbackItemId { get; set; }
}
