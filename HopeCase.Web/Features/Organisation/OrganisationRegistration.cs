using HopeCase.Core.Organisation;
using Microsoft.Extensions.Options;

namespace HopeCase.Web.Features.Organisation;

/// <summary>The association's profile (the letterhead) and its policy settings, both checked at start-up.</summary>
internal static class OrganisationRegistration
{
    public static void AddOrganisation(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<OrganisationProfile>().Bind(config.GetSection(OrganisationProfile.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<OrganisationProfile>, OrganisationProfileValidator>();
        services.AddOptions<PolicyOptions>().Bind(config.GetSection(PolicyOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PolicyOptions>, PolicyOptionsValidator>();
        services.AddSingleton<HolidayService>();
        services.AddHostedService<HolidaySeed>();
    }
}
