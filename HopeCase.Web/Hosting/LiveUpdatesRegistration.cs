using HopeCase.Core.LiveUpdates;

namespace HopeCase.Web.Hosting;

/// <summary>Registers the notifier and, on PostgreSQL, its carrier between nodes.</summary>
internal static class LiveUpdatesRegistration
{
    public static void AddChangeNotifier(this IServiceCollection services)
    {
        services.AddSingleton<ChangeNotifier>();
        services.AddHostedService<LiveUpdatesAcrossNodes>();
    }
}
