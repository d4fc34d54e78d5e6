using Hangfire;
using HopeCase.Core.Deadlines;

namespace HopeCase.Web.Features.Deadlines;

/// <summary>
/// Registers the recurring deadline sweep (every ten minutes by default, setting <c>Deadlines:SweepCron</c>) and runs
/// one at start-up, so what fell due while the server was down is sent straight away (once: the keys see to that).
/// </summary>
internal sealed class DeadlineSweepSchedule(IRecurringJobManager recurring, IBackgroundJobClient jobs, string cron) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        recurring.AddOrUpdate<DeadlineJob>(DeadlineJob.RecurringId, j => j.SweepAsync(CancellationToken.None), cron);
        jobs.Enqueue<DeadlineJob>(j => j.SweepAsync(CancellationToken.None));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
