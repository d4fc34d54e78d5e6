using System.Net.Http.Json;

namespace HopeCase.Core.Messaging;

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
