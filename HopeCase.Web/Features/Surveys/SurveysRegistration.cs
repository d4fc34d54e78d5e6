using HopeCase.Core.Surveys;
using HopeCase.Web.Hosting;

namespace HopeCase.Web.Features.Surveys;

/// <summary>Satisfaction surveys: invitations (sent on their trigger, a job every ten minutes as the net), answers and the follow-up of low scores.</summary>
internal static class SurveysRegistration
{
    public static void AddSurveys(this IServiceCollection services)
    {
        services.AddSingleton<SurveyService>();
        services.AddSingleton<SurveyInviter>();
        services.AddSingleton<SurveyTriggerListener>();
        services.AddHostedService(sp => sp.GetRequiredService<SurveyTriggerListener>());
        services.AddSingleton<FollowUpService>();
        services.AddSingleton<InternalServiceRegister>();
        services.AddRecurringJob<SurveysJobs>(SurveysJobs.InvitationsRecurringId, j => j.InviteSurveysAsync(CancellationToken.None), "*/10 * * * *");
    }
}
