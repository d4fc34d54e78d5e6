using Hangfire;
using Hangfire.Storage.SQLite;
using HopeCase.Core.Committee;
using HopeCase.Core.Deadlines;
using HopeCase.Core.Registration;
using HopeCase.Core.Research;
using HopeCase.Core.Security;
using HopeCase.Core.ServiceDelivery;
using HopeCase.Core.Staff;
using HopeCase.Web.Features.Letters;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HopeCase.Tests.Support;

/// <summary>
/// The intake world plus research, committee, deadlines, registration and service delivery, with staff in the
/// identity tables and a real Hangfire job store (SQLite file) behind the letter queue and the deadline scheduler.
/// </summary>
public sealed class ResearchWorld : IAsyncDisposable
{
    private readonly TempFolder _jobsFolder = new("jobs");

    private ResearchWorld(IntakeWorld intake) => Intake = intake;

    public IntakeWorld Intake { get; }
    public SQLiteStorage JobStorage { get; private set; } = default!;
    public BackgroundJobClient Jobs { get; private set; } = default!;
    public DeadlineService Deadlines { get; private set; } = default!;
    public HangfireDeadlineScheduler Scheduler { get; private set; } = default!;
    public ResearchService Research { get; private set; } = default!;
    public CommitteeService Committee { get; private set; } = default!;
    public RegistrationService Registration { get; private set; } = default!;
    public ServiceDeliveryService Delivery { get; private set; } = default!;
    public CaseQueueService Queues { get; private set; } = default!;

    public static Actor Researcher { get; } = IntakeWorld.Researcher;
    public static Actor Researcher2 { get; } = Staff("u-res2", "باحث ثان", Roles.ResearchOfficer);
    public static Actor Chair { get; } = Staff("u-c1", "رئيس اللجنة", Roles.CommitteeMember);
    public static Actor Member2 { get; } = Staff("u-c2", "عضو ثان", Roles.CommitteeMember);
    public static Actor Member3 { get; } = Staff("u-c3", "عضو ثالث", Roles.CommitteeMember);
    public static Actor Provider { get; } = IntakeWorld.Provider;
    public static Actor Provider2 { get; } = Staff("u-pro2", "مقدم خدمة ثان", Roles.ServiceProvider);

    /// <summary>A research officer who also sits on the committee (the conflict-of-interest case).</summary>
    public static Actor ResearcherOnCommittee { get; } = new("u-res", "مسؤول البحث", new HashSet<string> { Roles.ResearchOfficer, Roles.CommitteeMember });

    public static Actor Staff(string id, string name, params string[] roles) => new(id, name, roles.ToHashSet());

    public static async Task<ResearchWorld> CreateAsync()
    {
        HangfireCoreCollection.UseSilentLogs();
        var w = new ResearchWorld(await IntakeWorld.CreateAsync());
        var i = w.Intake;
        w.JobStorage = new SQLiteStorage(w._jobsFolder.File("jobs.db"), new SQLiteStorageOptions { QueuePollInterval = TimeSpan.FromMilliseconds(100) });
        w.Jobs = new BackgroundJobClient(w.JobStorage);
        var policy = Options.Create(i.Policy);
        w.Scheduler = new HangfireDeadlineScheduler(w.Jobs, policy, i.Clock);
        w.Deadlines = new DeadlineService(i.Dbs, i.Clock, policy, i.Notifier);
        w.Research = new ResearchService(i.Dbs, i.Audit, i.Clock, i.Notifier, w.Scheduler);
        w.Committee = new CommitteeService(i.Dbs, i.Audit, i.Clock, policy, i.Notifier, new HangfireLetterQueue(w.Jobs), w.Scheduler);
        w.Registration = new RegistrationService(i.Dbs, i.Audit, i.Clock, i.Notifier);
        w.Delivery = new ServiceDeliveryService(i.Dbs, i.Audit, i.Clock, i.Notifier);
        w.Queues = new CaseQueueService(i.Dbs, i.Audit, i.Clock);
        await w.AddStaffAsync(Researcher, Researcher2, Chair, Member2, Member3, Provider, Provider2, IntakeWorld.Manager, IntakeWorld.Officer);
        return w;
    }

    /// <summary>Staff rows as the identity store keeps them (users, roles, user-roles), so round robin and membership read the real tables.</summary>
    public async Task AddStaffAsync(params Actor[] people)
    {
        await using var db = await Intake.Dbs.CreateDbContextAsync();
        foreach (var role in Roles.All.Where(r => !db.Roles.Any(x => x.Name == r)))
        {
            db.Roles.Add(new IdentityRole(role) { NormalizedName = role.ToUpperInvariant() });
        }
        await db.SaveChangesAsync();
        var roles = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id);
        foreach (var p in people)
        {
            db.Users.Add(new StaffUser { Id = p.UserId!, UserName = p.UserId, Email = $"{p.UserId}@hope.test", DisplayName = p.UserName!, CreatedAt = Intake.Clock.GetUtcNow() });
            foreach (var role in p.Roles)
            {
                db.UserRoles.Add(new IdentityUserRole<string> { UserId = p.UserId!, RoleId = roles[role] });
            }
        }
        await db.SaveChangesAsync();
    }

    /// <summary>A submitted request (every document valid, declaration signed).</summary>
    public async Task<int> SubmittedAsync(int n = 1, bool critical = false)
    {
        var beneficiary = await Intake.NewBeneficiaryAsync(n, n % 2 == 0 ? "فاطمة" : "أحمد");
        var id = await Intake.CompleteDraftAsync(beneficiary);
        if (critical)
        {
            await Intake.Alerts.MarkCriticalAsync(IntakeWorld.Officer, beneficiary, id, "خطر");
        }
        var result = await Intake.Intake.SubmitAsync(IntakeWorld.Officer, id);
        Assert.True(result.Submitted, string.Join(",", result.Problems.Select(p => p.Code)));
        return id;
    }

    public static StudyInput Study(Recommendation rec = Recommendation.Accept) =>
        new(VisitType.Home, new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero), "يعيش مع أسرته ويعاني من قلق شديد بعد فقد عمله",
            "يحتاج جلسات إرشاد نفسي أسبوعية لمدة ثلاثة أشهر", rec, rec == Recommendation.Accept ? "الحاجة ثابتة والشروط منطبقة" : "الشروط غير منطبقة");

    /// <summary>Submitted, assigned to the research officer, studied and sent: now awaiting the committee.</summary>
    public async Task<int> AwaitingCommitteeAsync(int n = 1, bool critical = false)
    {
        var id = await SubmittedAsync(n, critical);
        await Research.AssignAsync(IntakeWorld.Manager, id, Researcher.UserId!);
        await Research.SaveStudyAsync(Researcher, id, Study());
        await Research.SendToCommitteeAsync(Researcher, id);
        return id;
    }

    /// <summary>A session chaired by <see cref="Chair"/> with the two other members, its agenda built.</summary>
    public async Task<int> SessionWithAgendaAsync()
    {
        var session = await Committee.ScheduleAsync(Chair, Intake.Clock.GetUtcNow().AddHours(2), [Member2.UserId!, Member3.UserId!]);
        await Committee.BuildAgendaAsync(Chair, session);
        return session;
    }

    public async Task<int> ItemOfAsync(int sessionId, int requestId) =>
        (await Committee.SessionAsync(Chair, sessionId))!.Items.Single(i => i.RequestId == requestId).ItemId;

    /// <summary>All three members vote the same way on an item.</summary>
    public async Task VoteAllAsync(int itemId, DecisionKind choice)
    {
        foreach (var m in new[] { Chair, Member2, Member3 })
        {
            await Committee.VoteAsync(m, itemId, choice, null);
        }
    }

    public async Task<List<StaffNotification>> NotificationsAsync(int requestId)
    {
        await using var db = await Intake.Dbs.CreateDbContextAsync();
        return await db.StaffNotifications.AsNoTracking().Where(n => n.SupportRequestId == requestId).OrderBy(n => n.Id).ToListAsync();
    }

    public async Task<HopeCase.Core.Requests.SupportRequest> RequestAsync(int id)
    {
        await using var db = await Intake.Dbs.CreateDbContextAsync();
        return await db.Requests.AsNoTracking().Include(r => r.Events).SingleAsync(r => r.Id == id);
    }

    /// <summary>The letter jobs waiting in the Hangfire store (their idempotency keys), once at least <paramref name="atLeast"/> are there (or after 10 s).</summary>
    public async Task<List<string>> EnqueuedLetterKeysAsync(int atLeast)
    {
        List<string> keys = [];
        await Eventually.UntilAsync(() =>
        {
            keys = JobStorage.GetMonitoringApi().EnqueuedJobs("default", 0, 1000)
                .Where(j => j.Value.Job?.Type.Name == "IssueLetterJob").Select(j => (string)j.Value.Job.Args[0]).ToList();
            return keys.Count >= atLeast;
        }, TimeSpan.FromSeconds(10));
        return keys;
    }

    public async ValueTask DisposeAsync()
    {
        await Intake.DisposeAsync();
        JobStorage.Dispose();
        _jobsFolder.Dispose();
    }
}
