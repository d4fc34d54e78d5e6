using HopeCase.Core.Surveys;
using HopeCase.Web.Hosting;

namespace HopeCase.Web.Features.Surveys;

/// <summary>Satisfaction surveys: invitations (a job every ten minutes), answers and the follow-up of low scores.</summary>
internal static class SurveysRegistration
{
    public static void AddSurveys(this IServiceCollection services)
    {
        services.AddSingleton<SurveyService>();
        services.AddSingleton<SurveyInviter>();
        services.AddSingleton<FollowUpService>();
        services.AddRecurringJob<SurveysJobs>(SurveysJobs.InvitationsRecurringId, j => j.InviteSurveysAsync(CancellationToken.None), "*/10 * * * *");
    }
}
