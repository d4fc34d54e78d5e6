namespace HopeCase.Web.Features.Staff;

/// <summary>Staff accounts, managed by administrators.</summary>
internal static class StaffRegistration
{
    public static void AddStaff(this IServiceCollection services)
    {
        services.AddSingleton<StaffAdminService>();
        services.AddSingleton<StaffTwoFactorService>();
        services.AddSingleton<StaffAccountService>();
    }
}
