using Hangfire;
using HopeCase.Core.Committee;
using HopeCase.Core.Deadlines;
using HopeCase.Core.Registration;
using HopeCase.Core.Research;
using HopeCase.Core.ServiceDelivery;

namespace HopeCase.Web.Features.Research;

/// <summary>Research, committee, deadlines, registration and service delivery (issue 4).</summary>
internal static class ResearchRegistration
{
    public static void AddHopeResearch(this IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton<IDeadlineScheduler, HangfireDeadlineScheduler>();
        services.AddSingleton<DeadlineService>();
        services.AddTransient<DeadlineJob>();
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
