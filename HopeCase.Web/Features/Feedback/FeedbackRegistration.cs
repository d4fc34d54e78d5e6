using HopeCase.Core.Feedback;
using HopeCase.Web.Hosting;

namespace HopeCase.Web.Features.Feedback;

/// <summary>Suggestions and complaints, their deadlines (a job every fifteen minutes) and the improvements they lead to.</summary>
internal static class FeedbackRegistration
{
    public static void AddFeedback(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<FeedbackOptions>().Bind(config.GetSection(FeedbackOptions.Section))
            .Validate(o => o.SurveyLinkDays >= 1 && o.ResponseWorkingDays >= 1 && o.FollowUpThreshold is >= 1 and <= 5,
                "Feedback:SurveyLinkDays and Feedback:ResponseWorkingDays must be at least 1; Feedback:FollowUpThreshold between 1 and 5")
            .ValidateOnStart();
        services.AddSingleton<FeedbackService>();
        services.AddSingleton<FeedbackDeadlineSweep>();
        services.AddSingleton<ImprovementService>();
        services.AddRecurringJob<FeedbackJobs>(FeedbackJobs.DeadlinesRecurringId, j => j.SweepFeedbackDeadlinesAsync(CancellationToken.None), "*/15 * * * *");
    }
}
