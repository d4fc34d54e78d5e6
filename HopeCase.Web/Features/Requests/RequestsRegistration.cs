using HopeCase.Core.Requests;

namespace HopeCase.Web.Features.Requests;

/// <summary>Support requests: intake by staff and from the public site, and the requests queue.</summary>
internal static class RequestsRegistration
{
    public static void AddRequests(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<IntakeOptions>().Bind(config.GetSection(IntakeOptions.Section));
        services.AddSingleton<RequestIntakeService>();
        services.AddSingleton<PublicIntakeService>();
        services.AddSingleton<TrackLocks>();
        services.AddSingleton<QueueService>();
        services.AddSingleton<WithdrawalService>();
        services.AddSingleton<PublicWithdrawalService>();
        services.AddSingleton<PublicCodeService>();
    }
}
