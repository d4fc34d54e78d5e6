using HopeCase.Core.Contacts;

namespace HopeCase.Web.Features.Contacts;

/// <summary>Contacts with beneficiaries and the managers' alerts they raise.</summary>
internal static class ContactsRegistration
{
    public static void AddContacts(this IServiceCollection services)
    {
        services.AddSingleton<ContactService>();
        services.AddSingleton<AlertService>();
        services.AddSingleton<SupporterService>();
    }
}
