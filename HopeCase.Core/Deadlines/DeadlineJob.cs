using Hangfire;
using HopeCase.Core.Requests;
using HopeCase.Core.Settings;
using Microsoft.Extensions.Options;

namespace HopeCase.Core.Deadlines;

/// <summary>Schedules a request's own deadline check at its next threshold (the sweep is the safety net).</summary>
public interface IDeadlineScheduler
{
    void ScheduleFor(SupportRequest request);
}

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

/// <summary>Schedules <see cref="DeadlineJob.CheckAsync"/> in Hangfire at the request's next threshold.</summary>
public sealed class HangfireDeadlineScheduler(IBackgroundJobClient jobs, IOptions<PolicyOptions> policy, TimeProvider clock) : IDeadlineScheduler
{
    public void ScheduleFor(SupportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (DeadlinePlan.Next(request, policy.Value, clock.GetUtcNow()) is { } at)
        {
            ScheduleAt(request.Id, at);
        }
    }

    public void ScheduleAt(int requestId, DateTimeOffset at)
    {
        // Hangfire waits in real time; a clock that runs ahead (tests) simply makes the job due at once.
        var delay = at - clock.GetUtcNow();
        jobs.Schedule<DeadlineJob>(j => j.CheckAsync(requestId, CancellationToken.None), delay < TimeSpan.Zero ? TimeSpan.Zero : delay);
    }
}
