namespace HopeCase.Core.Feedback;

/// <summary>A deadline threshold of a suggestion or complaint; each is acted on once (unique per item).</summary>
public enum FeedbackThreshold
{
    ReminderToAssignee = 1,
    EscalatedToManagers = 2,
}
