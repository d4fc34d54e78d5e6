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

    /// <summary>Seconds before the SMS gateway's answer is given up on (the HttpClient's timeout).</summary>
    public int SmsTimeoutSeconds { get; set; } = 20;

    public string SmtpHost { get; set; } = "";
    public int SmtpPort { get; set; } = 587;

    /// <summary>"starttls" (port 587, the default), "ssl" (implicit TLS, port 465) or "none" (a relay on the same machine only).</summary>
    public string SmtpSecurity { get; set; } = "starttls";

    /// <summary>"password" (default when <see cref="SmtpUser"/> is set), "oauth2" (Microsoft 365: SASL XOAUTH2) or "none".</summary>
    public string SmtpAuth { get; set; } = "password";

    public string SmtpUser { get; set; } = "";
    public string SmtpPassword { get; set; } = "";
    public string SmtpFrom { get; set; } = "";
    public int SmtpTimeoutSeconds { get; set; } = 30;

    /// <summary>
    /// Optional: the SHA-256 fingerprint (hex) of the SMTP server's certificate, for an internal relay with its own
    /// certificate. When set, exactly that certificate is trusted instead of the system store.
    /// </summary>
    public string SmtpPinnedSha256 { get; set; } = "";

    /// <summary>OAuth2: a ready access token (e.g. from a secret store); when empty, one is fetched by client credentials.</summary>
    public string SmtpOAuthToken { get; set; } = "";

    /// <summary>OAuth2 client credentials of the app registered in Entra ID (Microsoft 365).</summary>
    public string SmtpOAuthTenant { get; set; } = "";
    public string SmtpOAuthClientId { get; set; } = "";
    public string SmtpOAuthClientSecret { get; set; } = "";
    public string SmtpOAuthScope { get; set; } = "https://outlook.office365.com/.default";

    /// <summary>Token endpoint; empty means Microsoft's for <see cref="SmtpOAuthTenant"/>.</summary>
    public string SmtpOAuthTokenUrl { get; set; } = "";

    /// <summary>Attempts before a message is marked failed for good.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Wait after the first failure; doubled after each further one.</summary>
    public int RetryBaseSeconds { get; set; } = 60;

    public int BatchSize { get; set; } = 50;
}
