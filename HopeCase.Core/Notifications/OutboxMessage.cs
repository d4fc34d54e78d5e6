namespace HopeCase.Core.Notifications;

public enum MessageChannel
{
    Sms = 1,
    Email = 2,
}

public enum MessageKind
{
    RequestReceipt = 1,
    Decision = 2,
    MissingInformation = 3,
    Appointment = 4,
    SurveyInvitation = 5,
    ComplaintAnswer = 6,
}

public enum MessageStatus
{
    Pending = 0,
    Sent = 1,
    Failed = 2,
    Suppressed = 3,
}

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

    public void MarkSent(DateTimeOffset at) => (Status, SentAt, Attempts) = (MessageStatus.Sent, at, Attempts + 1);

    public void MarkFailed(string error) => (Status, LastError, Attempts) = (MessageStatus.Failed, error, Attempts + 1);
}
