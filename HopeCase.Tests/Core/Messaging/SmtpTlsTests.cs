using System.Text;
using HopeCase.Core.Messaging;
using HopeCase.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HopeCase.Tests.Core.Messaging;

/// <summary>MailKit hands an Arabic message to a TLS server on 127.0.0.1: STARTTLS on "587", implicit TLS on "465", OAuth2 by XOAUTH2.</summary>
public sealed class SmtpTlsTests
{
    private const string Body = "تم استلام طلبكم رقم 1448-000042، وسنرد عليكم خلال أسبوعين.";

    private static OutboxMessage Message() =>
        new("test:tls", null, MessageChannel.Email, MessageKind.RequestReceipt, "beneficiary@example.org", Body, "ar", DateTimeOffset.UnixEpoch);

    private static string Decoded(string data)
    {
        var split = data.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        Assert.Contains("base64", data[..split], StringComparison.OrdinalIgnoreCase);
        return Encoding.UTF8.GetString(Convert.FromBase64String(data[(split + 4)..].Replace("\r\n", "", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("starttls", false)]
    [InlineData("ssl", true)]
    public async Task An_arabic_message_arrives_over_tls_with_a_password(string security, bool implicitTls)
    {
        using var server = new TlsSmtpServer(implicitTls);
        var options = new MessagingOptions { EmailProvider = "smtp", SmtpHost = "127.0.0.1", SmtpPort = server.Port, SmtpSecurity = security, SmtpUser = "hope@example.org", SmtpPassword = "secret", SmtpFrom = "noreply@hope.example" };
        var answer = await new SmtpEmailProvider(options, null, server.Trusts).SendWithAnswerAsync(Message(), CancellationToken.None);
        await server.StopAsync();

        Assert.True(server.Encrypted);
        Assert.Contains("TEST42", answer, StringComparison.Ordinal);
        Assert.StartsWith("AUTH PLAIN", server.AuthLine, StringComparison.Ordinal);
        Assert.Contains(server.Commands, c => c.StartsWith("RCPT TO:<beneficiary@example.org>", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(implicitTls, !server.Commands.Contains("STARTTLS"));
        Assert.Equal(Body, Decoded(server.Data));
    }

    [Fact]
    public async Task Microsoft_365_style_oauth2_sends_the_configured_token_by_xoauth2()
    {
        using var server = new TlsSmtpServer(implicitTls: false);
        var options = new MessagingOptions { EmailProvider = "smtp", SmtpHost = "127.0.0.1", SmtpPort = server.Port, SmtpAuth = "oauth2", SmtpUser = "hope@example.org", SmtpOAuthToken = "token-123", SmtpFrom = "hope@example.org" };
        var http = new ServiceCollection().AddHttpClient().BuildServiceProvider().GetRequiredService<IHttpClientFactory>();
        using var tokens = new OAuthTokenSource(options, http, TimeProvider.System);
        await new SmtpEmailProvider(options, tokens, server.Trusts).SendAsync(Message(), CancellationToken.None);
        await server.StopAsync();

        Assert.StartsWith("AUTH XOAUTH2 ", server.AuthLine, StringComparison.Ordinal);
        var sasl = Encoding.ASCII.GetString(Convert.FromBase64String(server.AuthLine!["AUTH XOAUTH2 ".Length..]));
        Assert.Equal("user=hope@example.org\u0001auth=Bearer token-123\u0001\u0001", sasl);
        Assert.Equal(Body, Decoded(server.Data));
    }

    [Fact]
    public async Task Without_the_test_trust_the_self_signed_certificate_is_refused_and_reported_as_not_sent()
    {
        using var server = new TlsSmtpServer(implicitTls: true);
        var options = new MessagingOptions { EmailProvider = "smtp", SmtpHost = "127.0.0.1", SmtpPort = server.Port, SmtpSecurity = "ssl", SmtpAuth = "none", SmtpFrom = "noreply@hope.example", SmtpTimeoutSeconds = 10 };
        var ex = await Assert.ThrowsAsync<MessageNotSentException>(() => new SmtpEmailProvider(options).SendAsync(Message(), CancellationToken.None));
        Assert.Contains("SMTP", ex.Message, StringComparison.Ordinal);
    }
}
