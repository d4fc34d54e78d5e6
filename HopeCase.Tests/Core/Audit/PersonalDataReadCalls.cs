using HopeCase.Core.Beneficiaries;
using HopeCase.Core.Contacts;
using HopeCase.Core.Dashboard;
using HopeCase.Core.DataExchange;
using HopeCase.Core.Feedback;
using HopeCase.Core.Messaging;
using HopeCase.Core.Requests;
using HopeCase.Core.Security;
using HopeCase.Core.Surveys;
using HopeCase.Tests.Core.DataExchange;
using HopeCase.Tests.Support;
using Microsoft.Extensions.Options;

namespace HopeCase.Tests.Core.Audit;

/// <summary>
/// One call per method <see cref="PersonalDataReads"/> finds, each as an actor who may make it, on the seeded
/// world: a registered request in service (<c>Request</c>, <c>Beneficiary</c>) and a committee session with an agenda.
/// </summary>
public static class PersonalDataReadCalls
{
    public sealed record Seed(int Request, int Beneficiary, int Session, int Batch);

    public static Dictionary<string, (Actor Actor, Func<Seed, Task> Call)> For(ResearchWorld w)
    {
        ArgumentNullException.ThrowIfNull(w);
        var i = w.Intake;
        var files = new BeneficiaryFileService(i.Dbs, i.Audit);
        var imports = Imports(w);
        var feedback = new FeedbackService(i.Dbs, i.Audit, i.Clock, Options.Create(new FeedbackOptions { PublicBaseUrl = "https://hope.example" }));
        var today = HopeCase.Core.Saudi.SaudiTime.LocalDate(i.Clock.GetUtcNow());
        var (officer, manager) = (IntakeWorld.Officer, IntakeWorld.Manager);
        return new(StringComparer.Ordinal)
        {
            ["AlertService.OpenAsync"] = (manager, _ => i.Alerts.OpenAsync(manager)),
            ["BeneficiaryFileService.ReadAsync"] = (officer, s => files.ReadAsync(officer, s.Beneficiary)),
            ["BeneficiaryFileService.RequestsAsync"] = (officer, s => files.RequestsAsync(officer, s.Beneficiary)),
            ["BeneficiaryFileService.TimelineAsync"] = (officer, s => files.TimelineAsync(officer, s.Beneficiary)),
            ["BeneficiaryService.CheckDuplicatesAsync/4"] = (officer, _ => i.Beneficiaries.CheckDuplicatesAsync(officer, IntakeWorld.Person(IntakeWorld.NationalId(1)))),
            ["BeneficiaryService.CreateAsync"] = (officer, _ => i.Beneficiaries.CreateAsync(officer, IntakeWorld.Person(IntakeWorld.NationalId(77), "سالم"), true)),
            ["BeneficiaryService.UpdateAsync"] = (officer, s => i.Beneficiaries.UpdateAsync(officer, s.Beneficiary, IntakeWorld.Person(IntakeWorld.NationalId(1), "أحمد", "الغامدي"))),
            ["BeneficiaryService.SearchAsync"] = (officer, _ => i.Beneficiaries.SearchAsync(officer, "أحمد")),
            ["CaseQueueService.NotificationsAsync"] = (manager, _ => w.Queues.NotificationsAsync(manager)),
            ["CaseQueueService.OpenAsync"] = (manager, _ => w.Queues.OpenAsync(manager)),
            ["CommitteeService.DecisionsAsync"] = (manager, s => w.Committee.DecisionsAsync(manager, s.Request)),
            ["CommitteeService.SessionAsync"] = (ResearchWorld.Chair, s => w.Committee.SessionAsync(ResearchWorld.Chair, s.Session)),
            ["ContactService.ForBeneficiaryAsync"] = (officer, s => i.Contacts.ForBeneficiaryAsync(officer, s.Beneficiary)),
            ["ContactService.UnansweredAsync"] = (officer, _ => i.Contacts.UnansweredAsync(officer)),
            ["DashboardService.DrillAsync"] = (manager, _ => new DashboardService(i.Dbs, i.Audit, i.Clock).DrillAsync(manager, new DashboardPeriod(today.AddDays(-30), today), new DrillQuery(DrillKind.Requests))),
            ["FeedbackService.ListAsync"] = (manager, _ => feedback.ListAsync(manager)),
            ["FollowUpService.ListAsync"] = (manager, _ => new FollowUpService(i.Dbs, i.Audit, i.Clock).ListAsync(manager, open: true)),
            ["ImportService.DryRunAsync"] = (officer, _ => DryRunAsync(imports)),
            ["ImportService.GetAsync"] = (officer, s => imports.GetAsync(officer, s.Batch)),
            ["ImportService.RecentAsync"] = (officer, _ => imports.RecentAsync(officer)),
            ["MessageLog.ForBeneficiaryAsync"] = (officer, s => new MessageLog(i.Dbs, i.Audit).ForBeneficiaryAsync(officer, s.Beneficiary)),
            ["QueueService.ByStatusAsync"] = (manager, _ => new QueueService(i.Dbs, i.Audit).ByStatusAsync(manager, RequestStatus.InService)),
            ["ReferralService.ForBeneficiaryAsync"] = (manager, s => i.Referrals.ForBeneficiaryAsync(manager, s.Beneficiary)),
            ["ReferralService.OpenAsync"] = (manager, _ => i.Referrals.OpenAsync(manager)),
            ["RegistrationService.GetAsync"] = (officer, s => w.Registration.GetAsync(officer, s.Request)),
            ["RequestIntakeService.GetAsync"] = (officer, s => i.Intake.GetAsync(officer, s.Request)),
            ["RequestListRows.ReadAsync"] = (manager, _ => new RequestListRows(i.Dbs, i.Audit).ReadAsync(manager, RequestStatus.InService, false, "csv")),
            ["ResearchService.GetStudyAsync"] = (ResearchWorld.Researcher, s => w.Research.GetStudyAsync(ResearchWorld.Researcher, s.Request)),
            ["ServiceDeliveryService.CasesAsync"] = (ResearchWorld.Provider, _ => w.Delivery.CasesAsync(ResearchWorld.Provider)),
            ["ServiceDeliveryService.PlanAsync"] = (ResearchWorld.Provider, s => w.Delivery.PlanAsync(ResearchWorld.Provider, s.Request)),
            ["ServiceDeliveryService.TodayAsync"] = (ResearchWorld.Provider, _ => w.Delivery.TodayAsync(ResearchWorld.Provider)),
            ["SupporterService.ListAsync"] = (manager, _ => new SupporterService(i.Dbs, i.Audit, i.Clock).ListAsync(manager)),
        };
    }

    public static ImportService Imports(ResearchWorld w)
    {
        ArgumentNullException.ThrowIfNull(w);
        var i = w.Intake;
        return new ImportService(i.Dbs, new ImportPlanner(i.Beneficiaries), i.Audit, i.Notifier, w.Jobs, Options.Create(new ImportLimits()), i.Clock);
    }

    public static byte[] Csv() => ImportFileTests.Csv(
        "الاسم الأول,اسم الأب,اسم الجد,اسم العائلة,رقم الهوية أو الإقامة,الجنس,تاريخ الميلاد,الجوال,المحافظة",
        $"سارة,محمد,علي,المالكي,{IntakeWorld.NationalId(60)},أنثى,1990-01-01,,صبيا");

    private static Task<ImportPlan> DryRunAsync(ImportService imports)
    {
        var table = imports.Read(IntakeWorld.Officer, Csv(), "people.csv");
        return imports.DryRunAsync(IntakeWorld.Officer, table, ColumnMapping.Auto(table.Headers));
    }
}
