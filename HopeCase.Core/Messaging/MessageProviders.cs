namespace HopeCase.Core.Messaging;

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
