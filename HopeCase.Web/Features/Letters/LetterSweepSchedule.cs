using Hangfire;
using HopeCase.Core.Letters;

namespace HopeCase.Web.Features.Letters;

/// <summary>
/// Registers the recurring letter sweep (every five minutes by default, setting <c>Letters:SweepCron</c>) and queues one
/// at every start-up, so a letter whose job was lost with a killed node is issued as soon as a node is back, not at the
/// next schedule. The sweep's earlier id (receipts only) is removed from the job store, where an old installation has it.
/// </summary>
internal sealed class LetterSweepSchedule(IRecurringJobManager recurring, IBackgroundJobClient jobs, string cron) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        recurring.RemoveIfExists(LetterSweep.FormerRecurringId);
        recurring.AddOrUpdate<LetterSweep>(LetterSweep.RecurringId, j => j.SweepAsync(CancellationToken.None), cron);
        jobs.Enqueue<LetterSweep>(j => j.SweepAsync(CancellationToken.None));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
