using HopeCase.Core.Registration;

namespace HopeCase.Web.Features.Registration;

/// <summary>Registering accepted beneficiaries: the checklist and the file number.</summary>
internal static class RegistrationRegistration
{
    public static void AddRegistration(this IServiceCollection services) => services.AddSingleton<RegistrationService>();
}
