using HopeCase.Core.Audit;
using Hangfire;
using HopeCase.Core.Beneficiaries;
using HopeCase.Core.Committee;
using HopeCase.Core.Dashboard;
using HopeCase.Core.Data;
using HopeCase.Core.Deadlines;
using HopeCase.Core.Feedback;
using HopeCase.Core.Letters;
using HopeCase.Core.Messaging;
using HopeCase.Core.Organisation;
using HopeCase.Core.Requests;
using HopeCase.Core.Staff;
using HopeCase.Core.Surveys;
using HopeCase.Web.Account;
using HopeCase.Web.Features.Health;
using HopeCase.Web.Features.Letters;
using HopeCase.Web.Features.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HopeCase.Tests.Support;

/// <summary>
/// The services the staff pages inject, for a bunit context. The world's own instances come first (same database
/// file, fake clock, change notifier and Hangfire store as the Core tests); the rest are built by the container from
/// those parts, so a new constructor parameter needs no change here as long as its service is registered.
/// </summary>
public static class AppServices
{
    public static void Add(IServiceCollection services, ResearchWorld world, OrganisationProfile profile)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(world);
        var i = world.Intake;

        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddSingleton<TimeProvider>(i.Clock);
        services.AddSingleton(i.Dbs);
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<HopeDb>>().CreateDbContext());
        services.AddSingleton(Options.Create(i.Policy));
        services.AddSingleton(Options.Create(new IntakeOptions()));
        services.AddSingleton(Options.Create(profile));
        services.AddSingleton(Options.Create(new FeedbackOptions { PublicBaseUrl = "https://hope.example" }));
        services.AddSingleton(Options.Create(new LetterOptions()));
        services.AddSingleton(new MessagingOptions());

        // The worlds' instances.
        services.AddSingleton(i.Audit);
        services.AddSingleton(new AuditIntegrity(i.Dbs, i.Audit, () => Auditor.KeyOf(i.Dbs)));
        services.AddSingleton(i.Notifier);
        services.AddSingleton(i.Beneficiaries);
        services.AddSingleton(i.Intake);
        services.AddSingleton(i.Public);
        services.AddSingleton(i.Contacts);
        services.AddSingleton(i.Referrals);
        services.AddSingleton(i.Alerts);
        services.AddSingleton(i.Guides);
        services.AddSingleton<IBackgroundJobClient>(world.Jobs);
        services.AddSingleton<JobStorage>(world.JobStorage);
        services.AddSingleton<IDeadlineScheduler>(world.Scheduler);
        services.AddSingleton(world.Deadlines);
        services.AddSingleton(world.Research);
        services.AddSingleton(world.Committee);
        services.AddSingleton(world.Registration);
        services.AddSingleton(world.Delivery);
        services.AddSingleton(world.Queues);

        // Built by the container.
        services.AddSingleton<ILetterQueue, HangfireLetterQueue>();
        services.AddSingleton<BeneficiaryFileService>();
        services.AddSingleton<HopeCase.Core.Inquiries.GuideLibrary>();
        services.AddSingleton<HopeCase.Core.ServiceDelivery.ProviderServices>();
        services.AddSingleton<QueueService>();
        services.AddSingleton<PublicAppealService>();
        services.AddSingleton<MessageLog>();
        services.AddSingleton<SurveyService>();
        services.AddSingleton<SurveyInviter>();
        services.AddSingleton<FollowUpService>();
        services.AddSingleton<FeedbackService>();
        services.AddSingleton<ImprovementService>();
        services.AddSingleton<DashboardService>();
        services.AddSingleton<HopeCase.Web.Features.Dashboard.DashboardExport>();
        services.AddSingleton<ChromiumLocator>();
        services.AddSingleton<PdfEngine>();
        services.AddSingleton(sp => new LetterRegister(sp.GetRequiredService<IDbContextFactory<HopeDb>>(), sp.GetRequiredService<IOptions<LetterOptions>>().Value.NumberFormat));
        services.AddSingleton<LetterTemplates>();
        services.AddSingleton<LogoStore>();
        services.AddSingleton<LetterRenderer>();
        services.AddSingleton<LetterService>();
        services.AddSingleton<LetterSource>();
        services.AddSingleton<LetterJobMonitor>();
        services.AddSingleton<RequestLetterLookup>();
        services.AddSingleton<StaffAdminService>();
        services.AddSingleton<StaffTwoFactorService>();
        services.AddSingleton<StaffAccountService>();
        services.AddSingleton(Options.Create(new HopeCase.Core.DataExchange.ImportLimits()));
        services.AddSingleton<HopeCase.Core.DataExchange.ImportPlanner>();
        services.AddSingleton<HopeCase.Core.DataExchange.ImportService>();
        services.AddSingleton<HopeCase.Core.DataExchange.ImportRunner>();
        services.AddSingleton<HolidayService>();
        services.AddSingleton<HopeCase.Core.DataExchange.RequestListRows>();
        services.AddSingleton<HopeCase.Web.Features.DataExchange.ListExport>();
        services.AddSingleton<HopeCase.Web.Features.DataExchange.PersonalFilePdf>();
        services.AddHttpContextAccessor();
        // The account page offers reset links when e-mail is configured (here it is not: the link button stays hidden).
        services.AddHttpClient();
        services.AddSingleton<OAuthTokenSource>();
        services.AddSingleton<MessageProviders>();
        services.AddSingleton(new HopeCase.Web.Account.AuthOptions());
        services.AddSingleton<HopeCase.Web.Account.SignInThrottle>();
        services.AddSingleton<HopeCase.Web.Account.PasswordResetLinks>();
        services.AddScoped<CurrentActor>();
        services.AddIdentityCore<StaffUser>(o => o.Password.RequiredLength = 12).AddRoles<IdentityRole>().AddEntityFrameworkStores<HopeDb>();
    }
}
