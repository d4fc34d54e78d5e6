using System.Net.Http.Json;
using System.Net.Mail;

namespace HopeCase.Core.Notifications;

/// <summary>Settings of section <c>Messaging</c>. With nothing set, every message is only recorded in the outbox.</summary>
public sealed class MessagingOptions
{
    public const string Section = "Messaging";

    /// <summary>"record" (default) or "http".</summary>
    public string SmsProvider { get; set; } = "record";

    /// <summary>"record" (default) or "smtp".</summary>
    public string EmailProvider { get; set; } = "record";

    /// <summary>The SMS gateway: a JSON POST of {to, text, sender} to this address, with a bearer key.</summary>
    public string SmsGatewayUrl { get; set; } = "";
    public string SmsGatewayKey { get; set; } = "";
    public string SmsSender { get; set; } = "HOPE";

    public string SmtpHost { get; set; } = "";
    public int SmtpPort { get; set; } = 587;
    public bool SmtpSsl { get; set; } = true;
    public string SmtpUser { get; set; } = "";
    public string SmtpPassword { get; set; } = "";
    public string SmtpFrom { get; set; } = "";

    /// <summary>Attempts before a message is marked failed for good.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Wait after the first failure; doubled after each further one.</summary>
    public int RetryBaseSeconds { get; set; } = 60;

    public int BatchSize { get; set; } = 50;
}

/// <summary>One way out for one channel. Throws when the message could not be handed over; the sender retries.</summary>
public interface IMessageProvider
{
    string Name { get; }

    /// <summary>False for the provider that only records: the message stays in the outbox as "recorded".</summary>
    bool Delivers { get; }

    Task SendAsync(OutboxMessage message, CancellationToken ct);
}

/// <summary>The default: sends nothing to anyone, so a fresh install cannot message a beneficiary by accident.</summary>
public sealed class RecordOnlyProvider : IMessageProvider
{
    public string Name => "record";
    public bool Delivers => false;
    public Task SendAsync(OutboxMessage message, CancellationToken ct) => Task.CompletedTask;
}

/// <summary>An HTTP SMS gateway: POST JSON, any 2xx answer means accepted.</summary>
public sealed class HttpSmsProvider(HttpClient http, MessagingOptions options) : IMessageProvider
{
    public string Name => "http-sms";
    public bool Delivers => true;

    public async Task SendAsync(OutboxMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(options.SmsGatewayUrl))
        {
            Content = JsonContent.Create(new { to = message.To, text = message.Body, sender = options.SmsSender, reference = message.IdempotencyKey }),
        };
        if (!string.IsNullOrEmpty(options.SmsGatewayKey))
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", options.SmsGatewayKey);
        }
        using var response = await http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new MessageNotSentException($"SMS gateway answered {(int)response.StatusCode} {response.ReasonPhrase}");
        }
    }
}

/// <summary>Email through the association's SMTP server.</summary>
public sealed class SmtpEmailProvider(MessagingOptions options) : IMessageProvider
{
    public string Name => "smtp";
    public bool Delivers => true;

    public async Task SendAsync(OutboxMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var client = new SmtpClient(options.SmtpHost, options.SmtpPort) { EnableSsl = options.SmtpSsl };
        if (!string.IsNullOrEmpty(options.SmtpUser))
        {
            client.Credentials = new System.Net.NetworkCredential(options.SmtpUser, options.SmtpPassword);
        }
        using var mail = new MailMessage(options.SmtpFrom, message.To)
        {
            Subject = message.Culture == "en" ? "Hope Association" : "جمعية أمل",
            Body = message.Body,
            BodyEncoding = System.Text.Encoding.UTF8,
            SubjectEncoding = System.Text.Encoding.UTF8,
        };
        try
        {
            await client.SendMailAsync(mail, ct);
        }
        catch (SmtpException e)
        {
            throw new MessageNotSentException("SMTP: " + e.Message, e);
        }
    }
}

public sealed class MessageNotSentException : Exception
{
    public MessageNotSentException(string message) : base(message)
    {
    }

    public MessageNotSentException(string message, Exception inner) : base(message, inner)
    {
    }

    public MessageNotSentException()
    {
    }
}

/// <summary>Which provider serves which channel, chosen by configuration.</summary>
public sealed class MessageProviders(MessagingOptions options, HttpClient http)
{
    private readonly IMessageProvider _record = new RecordOnlyProvider();

    public IMessageProvider For(MessageChannel channel) => channel switch
    {
        MessageChannel.Sms when options.SmsProvider.Equals("http", StringComparison.OrdinalIgnoreCase) => new HttpSmsProvider(http, options),
        MessageChannel.Email when options.EmailProvider.Equals("smtp", StringComparison.OrdinalIgnoreCase) => new SmtpEmailProvider(options),
        _ => _record,
    };
}
