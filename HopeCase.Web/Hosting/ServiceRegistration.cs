using HopeCase.Core.Audit;
using HopeCase.Core.Data;
using HopeCase.Web.Account;
using HopeCase.Web.Features.Audit;
using HopeCase.Web.Features.Backup;
using HopeCase.Web.Features.Beneficiaries;
using HopeCase.Web.Features.Committee;
using HopeCase.Web.Features.Contacts;
using HopeCase.Web.Features.Dashboard;
using HopeCase.Web.Features.DataExchange;
using HopeCase.Web.Features.Deadlines;
using HopeCase.Web.Features.Feedback;
using HopeCase.Web.Features.Health;
using HopeCase.Web.Features.Inquiries;
using HopeCase.Web.Features.Letters;
using HopeCase.Web.Features.Messaging;
using HopeCase.Web.Features.Organisation;
using HopeCase.Web.Features.Referrals;
using HopeCase.Web.Features.Registration;
using HopeCase.Web.Features.Requests;
using HopeCase.Web.Features.Research;
using HopeCase.Web.Features.ServiceDelivery;
using HopeCase.Web.Features.Staff;
using HopeCase.Web.Features.Surveys;
using HopeCase.Web.Public;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MudBlazor.Services;

namespace HopeCase.Web.Hosting;

/// <summary>Composes the app: framework, data, identity, jobs, then each feature's own registration.</summary>
internal static class ServiceRegistration
{
    public static void AddHopeCase(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var config = builder.Configuration;
        var data = DataFolder.From(config, builder.Environment);

        // Data: the folder, the provider (Data:Provider, read when first needed so a wrong setting stops start-up with its
        // name), the database, and the data-protection keys in it so sign-in cookies hold on every node and after a restart.
        services.AddSingleton(data);
        services.AddSingleton(_ => DataSettings.From(config, data.HopeDb));
        services.TryAddSingleton(TimeProvider.System);
        // The audit chain's key: Audit:ChainKey, or a key file beside the database made on first run (docs/adr/0018).
        // Pooled: a context is reset and reused rather than built for every page's read (the tests and benchmarks pool too).
        services.AddPooledDbContextFactory<HopeDb>((sp, o) => HopeDatabase.Configure(o, sp.GetRequiredService<DataSettings>(),
            config["Audit:ChainKey"], AuditChainKey.FileBeside(data.HopeDb)));
        // Identity's stores want a scoped context; everything else uses the factory.
        services.TryAddScoped(sp => sp.GetRequiredService<IDbContextFactory<HopeDb>>().CreateDbContext());
        // Registered before the job server so the database is ready before any job runs.
        services.AddHostedService<DatabaseStartup>();
        // After the database start-up, so the key ring is first read from a migrated database.
        services.AddSharedKeys(config, builder.Environment);

        services.AddTransport(config);
        services.AddHopeIdentity(config, builder.Environment);
        services.AddHopeJobs(data, config);

        // Framework: localisation, Blazor, MudBlazor, and the live updates between open pages.
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddArabicHtml();
        // Messages appear at the bottom centre: at the top they covered the menu in right-to-left pages.
        services.AddMudServices(o => o.SnackbarConfiguration.PositionClass = MudBlazor.Defaults.Classes.Position.BottomCenter);
        Shared.MudStrings.AddTo(services);
        services.AddHttpContextAccessor();
        services.AddChangeNotifier();

        // One call per feature, roughly in the order a request meets them (each file is beside the feature's pages).
        services.AddOrganisation(config);
        services.AddAudit();
        services.AddStaff();
        services.AddBeneficiaries();
        services.AddContacts();
        services.AddReferrals();
        services.AddInquiries();
        services.AddRequests(config);
        services.AddPublicChannel(config);
        services.AddResearch();
        services.AddCommittee();
        services.AddDeadlines(config);
        services.AddRegistration();
        services.AddServiceDelivery();
        services.AddLetters(config);
        services.AddMessaging(config);
        services.AddSurveys();
        services.AddFeedback(config);
        services.AddPublicBaseUrlChecks();
        services.AddDashboard();
        services.AddDataExchange(config);
        services.AddHealth();
        services.AddBackup(config);
    }
}
