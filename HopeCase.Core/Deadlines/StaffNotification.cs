namespace HopeCase.Core.Deadlines;

/// <summary>
/// An in-app message to a staff member (or to everyone in a role). <see cref="Key"/> is unique in the database:
/// it names the effect (e.g. "deadline:42:0:research"), so a job that runs twice cannot send it twice.
/// </summary>
public sealed class StaffNotification
{
    private StaffNotification()
    {
    }

    public StaffNotification(string key, NotificationKind kind, int? requestId, string? reference, string? recipientUserId, string? recipientRole,
        DateTimeOffset at, int day = 0)
    {
        (Key, Kind, SupportRequestId, Reference, RecipientUserId, RecipientRole, CreatedAt, Day) =
            (key, kind, requestId, reference, recipientUserId, recipientRole, at, day);
    }

    public long Id { get; private set; }
    public string Key { get; private set; } = "";
    public NotificationKind Kind { get; private set; }
    public int? SupportRequestId { get; private set; }

    /// <summary>What the notice is about, as shown: a request's reference, or a suggestion or complaint's number.</summary>
    public string? Reference { get; private set; }
    public string? RecipientUserId { get; private set; }
    public string? RecipientRole { get; private set; }

    /// <summary>The day of the window the effect belongs to (7, 11, 14, 15, …).</summary>
    public int Day { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ReadAt { get; private set; }

    public void MarkRead(DateTimeOffset at) => ReadAt ??= at;
}
