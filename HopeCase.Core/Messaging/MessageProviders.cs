namespace HopeCase.Core.Messaging;

/// <summary>
/// Which provider serves which channel, chosen by configuration. HTTP clients come from <see cref="IHttpClientFactory"/>
/// ("sms" and "oauth", with the timeouts set at registration), never a long-lived <c>new HttpClient</c>.
/// </summary>
public sealed class MessageProviders(MessagingOptions options, IHttpClientFactory http, OAuthTokenSource tokens)
{
    public const string SmsClient = "sms";
    public const string OAuthClient = "oauth";

    private readonly IMessageProvider _record = new RecordOnlyProvider();

    public IMessageProvider For(MessageChannel channel) => channel switch
    {
        MessageChannel.Sms when options.SmsProvider.Equals("http", StringComparison.OrdinalIgnoreCase) => new HttpSmsProvider(http.CreateClient(SmsClient), options),
        MessageChannel.Email when options.EmailProvider.Equals("smtp", StringComparison.OrdinalIgnoreCase) => new SmtpEmailProvider(options, tokens, Pinned()),
        _ => _record,
    };

    private System.Net.Security.RemoteCertificateValidationCallback? Pinned() =>
        string.IsNullOrWhiteSpace(options.SmtpPinnedSha256) ? null
        : (_, certificate, _, _) => certificate is not null
            && string.Equals(certificate.GetCertHashString(System.Security.Cryptography.HashAlgorithmName.SHA256), options.SmtpPinnedSha256.Replace(":", "", StringComparison.Ordinal).Trim(), StringComparison.OrdinalIgnoreCase);
}
