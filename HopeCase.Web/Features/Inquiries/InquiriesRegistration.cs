using HopeCase.Core.Inquiries;

namespace HopeCase.Web.Features.Inquiries;

/// <summary>Inquiries: the guides and answers the relations officers give.</summary>
internal static class InquiriesRegistration
{
    public static void AddInquiries(this IServiceCollection services) => services.AddSingleton<GuideService>();
}
