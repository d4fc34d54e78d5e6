using HopeCase.Core.Committee;

namespace HopeCase.Web.Features.Committee;

/// <summary>Committee sessions, votes and decisions, and appeals from the public site.</summary>
internal static class CommitteeRegistration
{
    public static void AddCommittee(this IServiceCollection services)
    {
        services.AddSingleton<CommitteeService>();
        services.AddSingleton<PublicAppealService>();
    }
}
