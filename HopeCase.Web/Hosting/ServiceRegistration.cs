using HopeCase.Core.Audit;
using HopeCase.Core.Beneficiaries;
using HopeCase.Core.Contacts;
using HopeCase.Core.Data;
using HopeCase.Core.Inquiries;
using HopeCase.Core.LiveUpdates;
using HopeCase.Core.Organisation;
using HopeCase.Core.Referrals;
using HopeCase.Core.Requests;
using HopeCase.Web.Account;
using HopeCase.Web.Features.Feedback;
using HopeCase.Web.Features.Health;
using HopeCase.Web.Features.Letters;
using HopeCase.Web.Features.Research;
using HopeCase.Web.Features.Staff;
using HopeCase.Web.Public;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MudBlazor.Services;

namespace HopeCase.Web.Hosting;

internal static class ServiceRegistration
{
    public static void AddHopeCase(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var config = builder.Configuration;
        var data = DataFolder.From(config, builder.Environment);

        services.AddSingleton(data);
        // Keys live beside the database so sign-in cookies survive a restart.
        services.AddDataProtection().SetApplicationName("HopeCase")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(data.Path, "keys")));
        services.TryAddSingleton(TimeProvider.System);
        services.AddDbContextFactory<HopeDb>(o => HopeDatabase.Configure(o, data.HopeDb));
        // Identity's stores want a scoped context; everything else uses the factory.
        services.TryAddScoped(sp => sp.GetRequiredService<IDbContextFactory<HopeDb>>().CreateDbContext());

        services.AddOptions<OrganisationProfile>().Bind(config.GetSection(OrganisationProfile.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<OrganisationProfile>, OrganisationProfileValidator>();
        services.AddOptions<PolicyOptions>().Bind(config.GetSection(PolicyOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PolicyOptions>, PolicyOptionsValidator>();

        // Registered before the job server so the database is ready before any job runs.
        services.AddHostedService<DatabaseStartup>();

        services.AddHopeIdentity(config);
        services.AddHopeJobs(data, config);

        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddRazorComponents().AddInteractiveServerComponents();
        // Messages appear at the bottom centre: at the top they covered the menu in right-to-left pages.
        services.AddMudServices(o => o.SnackbarConfiguration.PositionClass = MudBlazor.Defaults.Classes.Position.BottomCenter);
        services.AddHttpContextAccessor();

        services.AddOptions<IntakeOptions>().Bind(config.GetSection(IntakeOptions.Section));
        services.AddSingleton<ChangeNotifier>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<BeneficiaryService>();
        services.AddSingleton<BeneficiaryFileService>();
        services.AddSingleton<RequestIntakeService>();
        services.AddSingleton<PublicIntakeService>();
        services.AddSingleton<ContactService>();
        services.AddSingleton<ReferralService>();
        services.AddSingleton<AlertService>();
        services.AddSingleton<GuideService>();
        services.AddSingleton<QueueService>();
        services.AddSingleton<ChromiumLocator>();
        services.AddScoped<CurrentActor>();
        services.AddSingleton<StaffAdminService>();
        services.AddPublicChannel(config);
        services.AddHopeHealthChecks();
        services.AddHopeLetters(config);
        services.AddHopeFeedback(config);
        services.AddHopeResearch(config);
    }
}
