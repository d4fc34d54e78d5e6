using System.Text.Json;
using System.Text.RegularExpressions;
using HopeCase.Core.Messaging;
using HopeCase.Core.Requests;
using Microsoft.Extensions.DependencyInjection;

namespace HopeCase.Tests.Support;

/// <summary>The public one-time code service on a test world's database and clock, and the code a test SMS gateway received.</summary>
public static partial class PublicCodes
{
    private static IHttpClientFactory Http { get; } = new ServiceCollection()
        .AddHttpClient(MessageProviders.SmsClient, c => c.Timeout = TimeSpan.FromSeconds(10)).Services
        .BuildServiceProvider().GetRequiredService<IHttpClientFactory>();

    public static PublicCodeService Service(IntakeWorld w, MessagingOptions options) =>
        new(w.Dbs, options, new MessageProviders(options, Http, new OAuthTokenSource(options, Http, w.Clock)), w.Clock);

    /// <summary>The six digits of the code the gateway received for this request and purpose (its reference names both).</summary>
    public static string SentTo(SmsGateway gateway, int requestId, string purpose)
    {
        var body = Assert.Single(gateway.Bodies, b => b.Contains($"\"code:{requestId}:{purpose}:", StringComparison.Ordinal));
        return SixDigits().Match(JsonDocument.Parse(body).RootElement.GetProperty("text").GetString()!).Value;
    }

    [GeneratedRegex("[0-9]{6}")]
    private static partial Regex SixDigits();
}
