namespace HopeCase.Core.Deadlines;

/// <summary>One effect the window calls for: its unique key, kind, the instant it falls due, and the day of the window.</summary>
public sealed record DeadlineEffect(string Key, NotificationKind Kind, DateTimeOffset At, int Day);
