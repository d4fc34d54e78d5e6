using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace HopeCase.Core.Messaging;

/// <summary>
/// The access token for SMTP over OAuth2 (Microsoft 365): the one in configuration, or one fetched by the client
/// credentials grant and kept until a minute before it expires.
/// </summary>
public sealed class OAuthTokenSource(MessagingOptions options, IHttpClientFactory http, TimeProvider clock) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _token;
    private DateTimeOffset _expires;

    public async Task<string> TokenAsync(CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(options.SmtpOAuthToken))
        {
            return options.SmtpOAuthToken;
        }
        await _gate.WaitAsync(ct);
        try
        {
            if (_token is not null && clock.GetUtcNow() < _expires)
            {
                return _token;
            }
            var url = string.IsNullOrEmpty(options.SmtpOAuthTokenUrl)
                ? $"https://login.microsoftonline.com/{Uri.EscapeDataString(options.SmtpOAuthTenant)}/oauth2/v2.0/token"
                : options.SmtpOAuthTokenUrl;
            using var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = options.SmtpOAuthClientId,
                ["client_secret"] = options.SmtpOAuthClientSecret,
                ["scope"] = options.SmtpOAuthScope,
            });
            using var response = await http.CreateClient(MessageProviders.OAuthClient).PostAsync(new Uri(url), form, ct);
            if (!response.IsSuccessStatusCode)
            {
                throw new MessageNotSentException($"OAuth2 token endpoint answered {(int)response.StatusCode} {response.ReasonPhrase}");
            }
            var body = await response.Content.ReadFromJsonAsync<TokenAnswer>(ct) ?? throw new MessageNotSentException("OAuth2 token endpoint sent no token");
            _token = body.AccessToken ?? throw new MessageNotSentException("OAuth2 token endpoint sent no token");
            _expires = clock.GetUtcNow().AddSeconds(Math.Max(60, body.ExpiresIn) - 60);
            return _token;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private sealed record TokenAnswer([property: JsonPropertyName("access_token")] string? AccessToken, [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
