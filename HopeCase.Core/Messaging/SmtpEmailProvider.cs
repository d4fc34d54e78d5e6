using System.Net.Mail;

namespace HopeCase.Core.Messaging;

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
