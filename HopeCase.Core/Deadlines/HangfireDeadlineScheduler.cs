using Hangfire;
using HopeCase.Core.Organisation;
using HopeCase.Core.Requests;
using Microsoft.Extensions.Options;

namespace HopeCase.Core.Deadlines;

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
