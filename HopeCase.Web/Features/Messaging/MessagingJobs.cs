using Hangfire;
using HopeCase.Core.Messaging;

namespace HopeCase.Web.Features.Messaging;

/// <summary>The recurring job of messaging. Safe to run twice: every message is claimed in the database before it is sent.</summary>
public sealed class MessagingJobs(OutboxSender sender, ILogger<MessagingJobs> log)
{
    public const string OutboxRecurringId = "outbox-send";

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
}
