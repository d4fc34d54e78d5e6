namespace HopeCase.Core.Messaging;

public enum MessageStatus
{
    Pending = 0,
    Sent = 1,
    Failed = 2,
    Suppressed = 3,

    /// <summary>A send failed; it is tried again at <see cref="OutboxMessage.NextAttemptAt"/>.</summary>
    Retrying = 4,

    /// <summary>Kept in the outbox only: no provider is configured for the channel (a fresh install sends nothing).</summary>
    Recorded = 5,
}
