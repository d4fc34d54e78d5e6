using Hangfire;
using HopeCase.Core.Deadlines;

namespace HopeCase.Web.Features.Deadlines;

/// <summary>The decision window's reminders and escalations, scheduled as jobs and swept every ten minutes.</summary>
internal static class DeadlinesRegistration
{
    public static void AddDeadlines(this IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton<IDeadlineScheduler, HangfireDeadlineScheduler>();
        services.AddSingleton<DeadlineService>();
        services.AddSingleton<ReminderChannelsService>();
        services.AddTransient<DeadlineJob>();
        services.AddHostedService(sp => new DeadlineSweepSchedule(sp.GetRequiredService<IRecurringJobManager>(), sp.GetRequiredService<IBackgroundJobClient>(),
            config.GetValue("Deadlines:SweepCron", "*/10 * * * *")!));
    }
}
