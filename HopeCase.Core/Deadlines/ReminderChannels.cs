namespace HopeCase.Core.Deadlines;

/// <summary>
/// A staff member's choice (issue 14 item 13): the day-7 / day-11 / day-14 reminders and the escalations also reach
/// them by e-mail and / or SMS, through the outbox. One row per staff member; none means in-app only.
/// </summary>
public sealed class ReminderChannels
{
    private ReminderChannels()
    {
    }

    public ReminderChannels(string userId) => UserId = userId;

    public string UserId { get; private set; } = "";
    public bool ByEmail { get; private set; }
    public bool BySms { get; private set; }
    public DateTimeOffset? ChangedAt { get; private set; }

    public void Set(bool byEmail, bool bySms, DateTimeOffset at) => (ByEmail, BySms, ChangedAt) = (byEmail, bySms, at);
}
