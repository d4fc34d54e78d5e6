using HopeCase.Core.Messaging;
using HopeCase.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HopeCase.Tests.Core.Messaging;

/// <summary>The SMS gateway that never answers: the client from IHttpClientFactory gives up after the configured timeout with a reason the pages word in Arabic.</summary>
public sealed class SmsTimeoutTests
{
    [Fact]
    public async Task A_gateway_that_never_answers_fails_after_the_configured_timeout_with_the_timeout_reason()
    {
        using var gateway = new SilentGateway();
        var options = new MessagingOptions { SmsProvider = "http", SmsGatewayUrl = gateway.Url, SmsTimeoutSeconds = 1 };
        var services = new ServiceCollection();
        services.AddHttpClient(MessageProviders.SmsClient, c => c.Timeout = TimeSpan.FromSeconds(options.SmsTimeoutSeconds));
        using var provider = services.BuildServiceProvider();
        var http = provider.GetRequiredService<IHttpClientFactory>();
        using var tokens = new OAuthTokenSource(options, http, TimeProvider.System);
        var sms = new MessageProviders(options, http, tokens).For(MessageChannel.Sms);
        Assert.Equal("http-sms", sms.Name);

        var message = new OutboxMessage("t:1", null, MessageChannel.Sms, MessageKind.RequestReceipt, "+966550000001", "رسالة", "ar", DateTimeOffset.UtcNow);
        var e = await Assert.ThrowsAsync<MessageNotSentException>(() => sms.SendWithAnswerAsync(message, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60)));

        Assert.Equal("Timeout", e.Reason);
        Assert.Contains("within 1 s", e.Message, StringComparison.Ordinal);
        Assert.Equal(1, gateway.Accepted);
    }
}
