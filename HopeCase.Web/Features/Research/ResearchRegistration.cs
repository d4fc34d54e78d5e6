using HopeCase.Core.Research;

namespace HopeCase.Web.Features.Research;

/// <summary>Social studies and the research officers' queues.</summary>
internal static class ResearchRegistration
{
    public static void AddResearch(this IServiceCollection services)
    {
        services.AddSingleton<ResearchService>();
        services.AddSingleton<CaseQueueService>();
    }
}
