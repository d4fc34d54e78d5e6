namespace HopeCase.Core.Messaging;

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
