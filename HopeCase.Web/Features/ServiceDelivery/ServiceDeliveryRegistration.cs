using HopeCase.Core.ServiceDelivery;

namespace HopeCase.Web.Features.ServiceDelivery;

/// <summary>Service plans and their sessions.</summary>
internal static class ServiceDeliveryRegistration
{
    public static void AddServiceDelivery(this IServiceCollection services)
    {
        services.AddSingleton<ServiceDeliveryService>();
        services.AddSingleton<ProviderServices>();
    }
}
