using Hangfire;
using HopeCase.Core.Dashboard;
using HopeCase.Core.Feedback;
using HopeCase.Core.Messaging;
using HopeCase.Core.Surveys;
using HopeCase.Web.Features.Dashboard;
using Microsoft.Extensions.Options;

namespace HopeCase.Web.Features.Feedback;

internal static class FeedbackRegistration
{
    public static void AddHopeFeedback(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<MessagingOptions>().Bind(config.GetSection(MessagingOptions.Section))
            .Validate(o => o.MaxAttempts >= 1 && o.RetryBaseSeconds >= 1, "Messaging:MaxAttempts and Messaging:RetryBaseSeconds must be at least 1")
            .Validate(o => !o.SmsProvider.Equals("http", StringComparison.OrdinalIgnoreCase) || Uri.IsWellFormedUriString(o.SmsGatewayUrl, UriKind.Absolute),
                "Messaging:SmsGatewayUrl must be an absolute address when Messaging:SmsProvider is http")
            .Validate(o => !o.EmailProvider.Equals("smtp", StringComparison.OrdinalIgnoreCase) || (o.SmtpHost.Length > 0 && o.SmtpFrom.Length > 0),
                "Messaging:SmtpHost and Messaging:SmtpFrom are required when Messaging:EmailProvider is smtp")
            .ValidateOnStart();
        services.AddOptions<FeedbackOptions>().Bind(config.GetSection(FeedbackOptions.Section))
            .Validate(o => o.SurveyLinkDays >= 1 && o.ResponseWorkingDays >= 1 && o.FollowUpThreshold is >= 1 and <= 5,
                "Feedback:SurveyLinkDays and Feedback:ResponseWorkingDays must be at least 1; Feedback:FollowUpThreshold between 1 and 5")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<MessagingOptions>>().Value);
        services.AddSingleton(sp => new MessageProviders(sp.GetRequiredService<MessagingOptions>(), new HttpClient { Timeout = TimeSpan.FromSeconds(30) }));
        services.AddSingleton<OutboxSender>();
        services.AddSingleton<MessageLog>();
        services.AddSingleton<SurveyService>();
        services.AddSingleton<SurveyInviter>();
        services.AddSingleton<FollowUpService>();
        services.AddSingleton<FeedbackService>();
        services.AddSingleton<FeedbackDeadlineSweep>();
        services.AddSingleton<ImprovementService>();
        services.AddSingleton<DashboardService>();
        services.AddSingleton<DashboardExport>();
        services.AddTransient<FeedbackJobs>();
        services.AddHostedService<FeedbackSchedule>();
    }
}

/// <summary>The recurring jobs of this feature. Each is safe to run twice: every effect is claimed or keyed in the database.</summary>
public sealed class FeedbackJobs(OutboxSender sender, SurveyInviter inviter, FeedbackDeadlineSweep deadlines, ILogger<FeedbackJobs> log)
{
    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(60)]
    [JobDisplayName("Send outbox messages")]
    public async Task SendOutboxAsync(CancellationToken ct)
    {
        var run = await sender.SendDueAsync(ct);
        if (run.Claimed > 0)
        {
            log.LogInformation("Outbox: {Sent} sent, {Recorded} recorded, {Retrying} to retry, {Failed} failed, {Suppressed} suppressed",
                run.Sent, run.Recorded, run.Retrying, run.Failed, run.Suppressed);
        }
    }

    [AutomaticRetry(Attempts = 3)]
    [JobDisplayName("Invite to satisfaction surveys")]
    public async Task InviteSurveysAsync(CancellationToken ct)
    {
        var n = await inviter.InviteDueAsync(ct);
        if (n > 0)
        {
            log.LogInformation("Survey invitations created: {Count}", n);
        }
    }

    [AutomaticRetry(Attempts = 3)]
    [JobDisplayName("Suggestion and complaint deadlines")]
    public async Task SweepFeedbackDeadlinesAsync(CancellationToken ct)
    {
        var r = await deadlines.RunAsync(ct);
        if (r.Reminders + r.Escalations > 0)
        {
            log.LogInformation("Feedback deadlines: {Reminders} reminders, {Escalations} escalations", r.Reminders, r.Escalations);
        }
    }
}

/// <summary>Registers the recurring jobs at start-up (after the database is ready).</summary>
internal sealed class FeedbackSchedule(IRecurringJobManager recurring) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        recurring.AddOrUpdate<FeedbackJobs>("outbox-send", j => j.SendOutboxAsync(CancellationToken.None), Cron.Minutely());
        recurring.AddOrUpdate<FeedbackJobs>("survey-invitations", j => j.InviteSurveysAsync(CancellationToken.None), "*/10 * * * *");
        recurring.AddOrUpdate<FeedbackJobs>("feedback-deadlines", j => j.SweepFeedbackDeadlinesAsync(CancellationToken.None), "*/15 * * * *");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
