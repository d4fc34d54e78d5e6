using HopeCase.Core.Beneficiaries;

namespace HopeCase.Web.Features.Beneficiaries;

/// <summary>Beneficiaries: search, details and the file's timeline.</summary>
internal static class BeneficiariesRegistration
{
    public static void AddBeneficiaries(this IServiceCollection services)
    {
        services.AddSingleton<BeneficiaryService>();
        services.AddSingleton<BeneficiaryFileService>();
    }
}
