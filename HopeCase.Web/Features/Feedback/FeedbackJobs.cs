using Hangfire;
using HopeCase.Core.Feedback;

namespace HopeCase.Web.Features.Feedback;

/// <summary>The recurring job of suggestions and complaints. Safe to run twice: each reminder and escalation happens once, held by a unique index.</summary>
public sealed class FeedbackJobs(FeedbackDeadlineSweep deadlines, ILogger<FeedbackJobs> log)
{
    public const string DeadlinesRecurringId = "feedback-deadlines";

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
