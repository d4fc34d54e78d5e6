namespace HopeCase.Core.Messaging;

/// <summary>A message to a beneficiary, waiting in the outbox; the unique key makes each effect happen once.</summary>
public sealed class OutboxMessage
{
    private OutboxMessage()
    {
    }

    public OutboxMessage(string idempotencyKey, int? beneficiaryId, MessageChannel channel, MessageKind kind, string to, string body, string culture, DateTimeOffset at)
    {
        (IdempotencyKey, BeneficiaryId, Channel, Kind, To, Body, Culture, CreatedAt) = (idempotencyKey, beneficiaryId, channel, kind, to, body, culture, at);
    }

    public long Id { get; private set; }
    public string IdempotencyKey { get; private set; } = "";
    public int? BeneficiaryId { get; private set; }
    public MessageChannel Channel { get; private set; }
    public MessageKind Kind { get; private set; }
    public string To { get; private set; } = "";
    public string Body { get; private set; } = "";
    public string Culture { get; private set; } = "ar";
    public MessageStatus Status { get; private set; }
    public int Attempts { get; private set; }
    public string? LastError { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>Not tried again before this instant (backoff after a failure).</summary>
    public DateTimeOffset? NextAttemptAt { get; private set; }

    /// <summary>A sender holds the message until this instant; another run of the job leaves it alone.</summary>
    public DateTimeOffset? ClaimedUntil { get; private set; }

    /// <summary>The provider that handled the last attempt ("record", "http-sms", "smtp").</summary>
    public string? Provider { get; private set; }

    public bool IsWaiting => Status is MessageStatus.Pending or MessageStatus.Retrying;

    public void MarkSent(DateTimeOffset at, string? provider = null) =>
        (Status, SentAt, Attempts, Provider, ClaimedUntil, NextAttemptAt) = (MessageStatus.Sent, at, Attempts + 1, provider ?? Provider, null, null);

    public void MarkRecorded(DateTimeOffset at, string provider) =>
        (Status, SentAt, Provider, ClaimedUntil, NextAttemptAt) = (MessageStatus.Recorded, at, provider, null, null);

    public void MarkSuppressed(string reason) => (Status, LastError, ClaimedUntil) = (MessageStatus.Suppressed, reason, null);

    public void MarkFailed(string error) => (Status, LastError, Attempts) = (MessageStatus.Failed, error, Attempts + 1);

    /// <summary>One failed attempt: retried after <paramref name="retryAt"/>, or failed for good when <paramref name="retryAt"/> is null.</summary>
    public void MarkAttemptFailed(string error, string provider, DateTimeOffset? retryAt)
    {
        Attempts++;
        (LastError, Provider, ClaimedUntil, NextAttemptAt) = (error.Length > 500 ? error[..500] : error, provider, null, retryAt);
        Status = retryAt is null ? MessageStatus.Failed : MessageStatus.Retrying;
    }
}
