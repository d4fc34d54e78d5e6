using Hangfire;

namespace HopeCase.Core.Deadlines;

/// <summary>The Hangfire jobs of the decision window: the recurring sweep and each request's scheduled check.</summary>
public sealed class DeadlineJob(DeadlineService deadlines, IDeadlineScheduler scheduler)
{
    public const string RecurringId = "deadline-sweep";

    [AutomaticRetry(Attempts = 3)]
    [JobDisplayName("Deadline sweep")]
    public Task<SweepResult> SweepAsync(CancellationToken ct) => deadlines.SweepAsync(ct);

    [AutomaticRetry(Attempts = 3)]
    [JobDisplayName("Deadline check of request {0}")]
    public async Task CheckAsync(int requestId, CancellationToken ct)
    {
        if (await deadlines.CheckRequestAsync(requestId, ct) is { } next && scheduler is HangfireDeadlineScheduler hangfire)
        {
            hangfire.ScheduleAt(requestId, next);
        }
    }
}
