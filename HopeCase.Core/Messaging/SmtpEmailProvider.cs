using System.Net.Security;
using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using MimeKit.Text;

namespace HopeCase.Core.Messaging;

/// <summary>
/// Email through the association's SMTP server with MailKit: STARTTLS on 587, implicit TLS on 465, and a user name
/// with a password or an OAuth2 token (SASL XOAUTH2, as Microsoft 365 asks). The server's certificate is checked by
/// the system's trust store; only a test hands in its own check.
/// </summary>
public sealed class SmtpEmailProvider(MessagingOptions options, OAuthTokenSource? tokens = null, RemoteCertificateValidationCallback? certificateCheck = null) : IMessageProvider
{
    public string Name => "smtp";
    public bool Delivers => true;

    public Task SendAsync(OutboxMessage message, CancellationToken ct) => SendWithAnswerAsync(message, ct);

    public async Task<string> SendWithAnswerAsync(OutboxMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        var mail = new MimeMessage();
        mail.From.Add(MailboxAddress.Parse(options.SmtpFrom));
        mail.To.Add(MailboxAddress.Parse(message.To));
        mail.Subject = message.Culture == "en" ? "Hope Association" : "جمعية أمل";
        var body = new TextPart(TextFormat.Plain) { ContentTransferEncoding = ContentEncoding.Base64 };
        body.SetText(System.Text.Encoding.UTF8, message.Body);
        mail.Body = body;
        using var client = new SmtpClient { Timeout = options.SmtpTimeoutSeconds * 1000 };
        if (certificateCheck is not null)
        {
            client.ServerCertificateValidationCallback = certificateCheck;
        }
        try
        {
            await client.ConnectAsync(options.SmtpHost, options.SmtpPort, Security(), ct);
            var auth = options.SmtpAuth.ToLowerInvariant();
            if (auth == "oauth2")
            {
                var token = await (tokens ?? throw new MessageNotSentException("SMTP: OAuth2 is set but no token source")).TokenAsync(ct);
                await client.AuthenticateAsync(new SaslMechanismOAuth2(options.SmtpUser, token), ct);
            }
            else if (auth == "password" && !string.IsNullOrEmpty(options.SmtpUser))
            {
                await client.AuthenticateAsync(options.SmtpUser, options.SmtpPassword, ct);
            }
            var answer = await client.SendAsync(mail, ct);
            await client.DisconnectAsync(true, ct);
            return answer;
        }
        catch (Exception e) when (e is SmtpCommandException or SmtpProtocolException or AuthenticationException or SslHandshakeException
            or IOException or SocketException or ServiceNotConnectedException or ParseException or TimeoutException)
        {
            throw new MessageNotSentException("SMTP: " + e.Message, e) { Reason = e is TimeoutException ? "Timeout" : null };
        }
    }

    private SecureSocketOptions Security() => options.SmtpSecurity.ToLowerInvariant() switch
    {
        "ssl" or "tls" or "implicit" => SecureSocketOptions.SslOnConnect,
        "none" => SecureSocketOptions.None,
        _ => SecureSocketOptions.StartTls,
    };
}
