namespace HopeCase.Core.Messaging;

/// <summary>One way out for one channel. Throws when the message could not be handed over; the sender retries.</summary>
public interface IMessageProvider
{
    string Name { get; }

    /// <summary>False for the provider that only records: the message stays in the outbox as "recorded".</summary>
    bool Delivers { get; }

    Task SendAsync(OutboxMessage message, CancellationToken ct);

    /// <summary>Sends and returns the provider's own answer (the SMTP server's reply, the gateway's body), for the admin's test page.</summary>
    async Task<string> SendWithAnswerAsync(OutboxMessage message, CancellationToken ct)
    {
        await SendAsync(message, ct);
        return Delivers ? "OK" : "recorded";
    }
}
