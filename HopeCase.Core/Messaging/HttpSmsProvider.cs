using System.Net.Http.Json;

namespace HopeCase.Core.Messaging;

/// <summary>An HTTP SMS gateway: POST JSON, any 2xx answer means accepted.</summary>
public sealed class HttpSmsProvider(HttpClient http, MessagingOptions options) : IMessageProvider
{
    public string Name => "http-sms";
    public bool Delivers => true;

    public Task SendAsync(OutboxMessage message, CancellationToken ct) => SendWithAnswerAsync(message, ct);

    /// <summary>Returns the status line and the start of the gateway's body: what the admin's test page shows.</summary>
    public async Task<string> SendWithAnswerAsync(OutboxMessage message, CancellationToken ct)
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
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, ct);
        }
        catch (TaskCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new MessageNotSentException($"SMS gateway did not answer within {http.Timeout.TotalSeconds:0} s", e) { Reason = "Timeout" };
        }
        catch (HttpRequestException e)
        {
            throw new MessageNotSentException("SMS gateway: " + e.Message, e) { Reason = "Unreachable" };
        }
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(ct);
            var answer = $"{(int)response.StatusCode} {response.ReasonPhrase} {(text.Length > 300 ? text[..300] : text)}".Trim();
            return response.IsSuccessStatusCode ? answer : throw new MessageNotSentException($"SMS gateway answered {answer}");
        }
    }
}
