using Hangfire;
using HopeCase.Core.Surveys;

namespace HopeCase.Web.Features.Surveys;

/// <summary>The recurring job of surveys. Safe to run twice: one invitation per request and trigger, held by a unique index.</summary>
public sealed class SurveysJobs(SurveyInviter inviter, ILogger<SurveysJobs> log)
{
    public const string InvitationsRecurringId = "survey-invitations";

    [AutomaticRetry(Attempts = 3)]
    [JobDisplayName("Invite to satisfaction surveys")]
    public async Task InviteSurveysAsync(CancellationToken ct)
    {
        var n = await inviter.InviteDueAsync(ct);
        if (n > 0)
        {
            log.LogInformation("Survey invitations created: {Count}", n);
        }
    }
}
