namespace HopeCase.Core.Deadlines;

public enum NotificationKind
{
    Assigned = 1,
    ResearchReminder = 2,
    ChairReminder = 3,
    Escalation = 4,
    SessionScheduled = 5,
    FeedbackReminder = 6,
    FeedbackEscalation = 7,
}
