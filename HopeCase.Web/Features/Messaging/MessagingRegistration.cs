using Hangfire;
using HopeCase.Core.Messaging;
using HopeCase.Web.Hosting;
using Microsoft.Extensions.Options;

namespace HopeCase.Web.Features.Messaging;

/// <summary>Messages to beneficiaries: the outbox, its providers (SMS gateway, SMTP) and the job that sends it every minute.</summary>
internal static class MessagingRegistration
{
    public static void AddMessaging(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<MessagingOptions>().Bind(config.GetSection(MessagingOptions.Section))
            .Validate(o => o.MaxAttempts >= 1 && o.RetryBaseSeconds >= 1, "Messaging:MaxAttempts and Messaging:RetryBaseSeconds must be at least 1")
            .Validate(o => !o.SmsProvider.Equals("http", StringComparison.OrdinalIgnoreCase) || Uri.IsWellFormedUriString(o.SmsGatewayUrl, UriKind.Absolute),
                "Messaging:SmsGatewayUrl must be an absolute address when Messaging:SmsProvider is http")
            .Validate(o => !o.EmailProvider.Equals("smtp", StringComparison.OrdinalIgnoreCase) || (o.SmtpHost.Length > 0 && o.SmtpFrom.Length > 0),
                "Messaging:SmtpHost and Messaging:SmtpFrom are required when Messaging:EmailProvider is smtp")
            .Validate(o => !o.SmtpAuth.Equals("oauth2", StringComparison.OrdinalIgnoreCase) || o.SmtpOAuthToken.Length > 0 || (o.SmtpOAuthClientId.Length > 0 && o.SmtpOAuthClientSecret.Length > 0 && (o.SmtpOAuthTenant.Length > 0 || o.SmtpOAuthTokenUrl.Length > 0)),
                "Messaging:SmtpAuth oauth2 needs Messaging:SmtpOAuthToken, or SmtpOAuthClientId, SmtpOAuthClientSecret and SmtpOAuthTenant")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<MessagingOptions>>().Value);
        // Named clients from the factory (pooled handlers, DNS changes seen), each with its own timeout.
        var smsTimeout = Math.Clamp(config.GetValue($"{MessagingOptions.Section}:SmsTimeoutSeconds", 20), 1, 300);
        services.AddHttpClient(MessageProviders.SmsClient, c => c.Timeout = TimeSpan.FromSeconds(smsTimeout));
        services.AddHttpClient(MessageProviders.OAuthClient, c => c.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton<OAuthTokenSource>();
        services.AddSingleton<MessageProviders>();
        services.AddSingleton<MessagingTest>();
        services.AddSingleton<OutboxSender>();
        services.AddSingleton<MessageLog>();
        services.AddRecurringJob<MessagingJobs>(MessagingJobs.OutboxRecurringId, j => j.SendOutboxAsync(CancellationToken.None), Cron.Minutely());
    }
}
