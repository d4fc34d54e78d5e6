namespace HopeCase.Core.Messaging;

/// <summary>The default: sends nothing to anyone, so a fresh install cannot message a beneficiary by accident.</summary>
public sealed class RecordOnlyProvider : IMessageProvider
{
    public string Name => "record";
    public bool Delivers => false;
    public Task SendAsync(OutboxMessage message, CancellationToken ct) => Task.CompletedTask;
}
