using HopeCase.Core.Referrals;

namespace HopeCase.Web.Features.Referrals;

/// <summary>Referrals to other bodies.</summary>
internal static class ReferralsRegistration
{
    public static void AddReferrals(this IServiceCollection services) => services.AddSingleton<ReferralService>();
}
