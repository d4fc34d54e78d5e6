using Hangfire;
using HopeCase.Core.Committee;
using HopeCase.Core.Deadlines;
using HopeCase.Core.Letters;
using HopeCase.Core.Research;
using HopeCase.Core.Services;
using HopeCase.Web.Features.Letters;

namespace HopeCase.Web.Features.Research;

/// <summary>Research, committee, deadlines, registration and service delivery (issue 4).</summary>
internal static class ResearchRegistration
{
    public static void AddHopeResearch(this IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton<IDeadlineScheduler, HangfireDeadlineScheduler>();
        services.AddSingleton<DeadlineService>();
        services.AddTransient<DeadlineJob>();
        services.AddSingleton<ILetterQueue, HangfireLetterQueue>();
        services.AddSingleton<ResearchService>();
        services.AddSingleton<CommitteeService>();
        services.AddSingleton<PublicAppealService>();
        services.AddSingleton<RegistrationService>();
        services.AddSingleton<ServiceDeliveryService>();
        services.AddSingleton<CaseQueueService>();
        services.AddHostedService(sp => new DeadlineSweepSchedule(sp.GetRequiredService<IRecurringJobManager>(), sp.GetRequiredService<IBackgroundJobClient>(),
            config.GetValue("Deadlines:SweepCron", "*/10 * * * *")!));
    }
}

/// <summary>Decision letters and minutes go through the letters feature's job, once per key.</summary>
internal sealed class HangfireLetterQueue(IBackgroundJobClient jobs) : ILetterQueue
{
    public void Enqueue(string idempotencyKey, LetterContent content) => IssueLetterJob.Enqueue(jobs, idempotencyKey, content);
}

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
