using HopeCase.Core.Committee;
using HopeCase.Core.Contacts;
using HopeCase.Core.Data;
using HopeCase.Core.Registration;
using HopeCase.Core.Requests;
using HopeCase.Core.Research;
using HopeCase.Core.Saudi;
using HopeCase.Core.Security;
using HopeCase.Core.ServiceDelivery;
using HopeCase.Core.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Web.Demo;

/// <summary>
/// Demo requests in every stage of research, committee and service (Development only): to assign, under study,
/// on the agenda (one critical, one overdue), accepted, in service with a session today, rejected and appealable.
/// Decisions are written as records of a past session, without letters, so nothing is printed at start-up.
/// </summary>
internal static class DemoResearch
{
    public static IReadOnlyList<(string Email, string Name, string Role)> ExtraStaff { get; } =
    [
        ("committee2@hope.demo", "محمد صميلي", Roles.CommitteeMember),
        ("committee3@hope.demo", "أمل قاسم", Roles.CommitteeMember),
    ];

    public static async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var users = services.GetRequiredService<UserManager<StaffUser>>();
        var clock = services.GetRequiredService<TimeProvider>();
        foreach (var (email, name, role) in ExtraStaff.Where(s => users.FindByEmailAsync(s.Email).GetAwaiter().GetResult() is null))
        {
            var user = new StaffUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, CreatedAt = clock.GetUtcNow() };
            await users.CreateAsync(user, DemoData.Password);
            await users.AddToRoleAsync(user, role);
        }
        var dbs = services.GetRequiredService<IDbContextFactory<HopeDb>>();
        await using var db = await dbs.CreateDbContextAsync(ct);
        if (await db.Requests.AnyAsync(ct) || !await db.Beneficiaries.AnyAsync(ct))
        {
            return;
        }
        async Task<Actor> As(string email)
        {
            var u = (await users.FindByEmailAsync(email))!;
            return new Actor(u.Id, u.DisplayName, (await users.GetRolesAsync(u)).ToHashSet());
        }
        var (rel, res, chair, man, pro) = (await As("relations@hope.demo"), await As("research@hope.demo"), await As("committee@hope.demo"),
            await As("manager@hope.demo"), await As("provider@hope.demo"));
        var now = clock.GetUtcNow();
        var people = await db.Beneficiaries.OrderBy(b => b.Id).Select(b => b.Id).ToListAsync(ct);
        var type = await db.SupportTypes.SingleAsync(t => t.Code == "counselling", ct);

        SupportRequest Submitted(int who, double daysAgo, bool critical = false)
        {
            var at = now.AddDays(-daysAgo);
            var r = new SupportRequest(people[who % people.Count], type.Id, "يمر بضائقة نفسية ويطلب جلسات إرشاد", ContactChannel.Interview, false, at, rel);
            if (critical)
            {
                r.MarkCritical();
            }
            r.Move(RequestTrigger.Submit, rel, at, new DecisionWindow(TimeSpan.FromDays(14), TimeSpan.FromDays(1)));
            db.Requests.Add(r);
            return r;
        }
        void Study(SupportRequest r, double daysAgo, bool send)
        {
            var at = now.AddDays(-daysAgo);
            r.Move(RequestTrigger.Assign, man, at, res.UserName);
            r.AssignResearcher(res.UserId!, res.UserName, at);
            if (send)
            {
                r.Move(RequestTrigger.Recommend, res, at.AddHours(4), nameof(Recommendation.Accept));
            }
        }

        Submitted(0, 1);
        var studying = Submitted(1, 8);
        Study(studying, 7.5, send: false);
        var agenda = new[] { Submitted(2, 16), Submitted(3, 4), Submitted(4, 0.3, critical: true) };
        foreach (var r in agenda)
        {
            Study(r, 0.2, send: true);
        }
        var past = new[] { Submitted(5, 12), Submitted(0, 11), Submitted(1, 9) };
        foreach (var r in past)
        {
            Study(r, 8, send: true);
        }
        await db.SaveChangesAsync(ct);
        foreach (var r in db.ChangeTracker.Entries<SupportRequest>().Select(e => e.Entity))
        {
            r.SetReference($"{HijriDate.FromGregorian(SaudiTime.LocalDate(r.SubmittedAt!.Value)).Year}-{r.Id:000000}");
        }
        foreach (var r in agenda.Concat(past))
        {
            var study = new SocialStudy(r.Id, res.UserId!, res.UserName);
            study.Record(new StudyInput(VisitType.Home, now.AddDays(-1), "يعيش مع أسرته، ويعاني من قلق واضطراب في النوم منذ فقد عمله.",
                "جلسات إرشاد نفسي فردية أسبوعية لمدة ثلاثة أشهر.", Recommendation.Accept, "الحاجة ثابتة والشروط منطبقة."), now.AddDays(-1));
            db.SocialStudies.Add(study);
        }

        // A past session decided three requests: one now in service, one accepted waiting registration, one rejected.
        var year = HijriDate.FromGregorian(SaudiTime.LocalDate(now.AddDays(-5))).Year;
        var session = new CommitteeSession(1, year, now.AddDays(-5), chair.UserId!, chair.UserName, now.AddDays(-6));
        session.AddMember(chair.UserId!, chair.UserName);
        foreach (var (email, name, _) in ExtraStaff)
        {
            session.AddMember((await users.FindByEmailAsync(email))!.Id, name);
        }
        db.CommitteeSessions.Add(session);
        await db.SaveChangesAsync(ct);
        var accept = new DecisionInput(DecisionKind.Accepted, "جلسات إرشاد نفسي فردية", SessionCount: 8, DurationMonths: 3);
        var reject = new DecisionInput(DecisionKind.Rejected, RejectionReason: RejectionReason.SupportedElsewhere, Reasons: "يتلقى الجلسات نفسها من مستشفى جازان العام");
        var decided = new (SupportRequest R, DecisionInput D, RequestTrigger T)[] { (past[0], accept, RequestTrigger.Accept), (past[1], accept, RequestTrigger.Accept), (past[2], reject, RequestTrigger.Reject) };
        var order = 0;
        foreach (var (r, d, t) in decided)
        {
            var item = new AgendaItem(r.Id, ++order, false);
            session.AddItem(item);
            foreach (var m in session.Members)
            {
                item.CastVote(m.UserId, m.Name, d.Kind, null, now.AddDays(-5));
            }
            var decision = new CommitteeDecision(r.Id, session.Id, d, now.AddDays(-5), chair.UserId, chair.UserName);
            item.Decided(decision);
            r.Move(t, chair, now.AddDays(-5), $"{session.Title}: {d.Kind}");
        }
        session.Close(now.AddDays(-5));
        await db.SaveChangesAsync(ct);

        // The first accepted request is registered and in service, with a session today.
        var serving = past[0];
        var registration = new BeneficiaryRegistration(serving.Id, serving.BeneficiaryId);
        foreach (var c in Enum.GetValues<ChecklistItem>())
        {
            registration.Tick(c, true);
        }
        var file = new FileNumber(serving.BeneficiaryId, year, 1, now.AddDays(-4));
        registration.Register(file.Number, now.AddDays(-4), rel.UserName);
        db.Registrations.Add(registration);
        db.FileNumbers.Add(file);
        await db.Database.ExecuteSqlAsync($"INSERT OR IGNORE INTO FileSequences (Year, Last) VALUES ({year}, 1)", ct);
        serving.Move(RequestTrigger.Register, rel, now.AddDays(-4), file.Number);
        serving.Move(RequestTrigger.StartService, man, now.AddDays(-4), pro.UserName);
        var decisionId = await db.CommitteeDecisions.Where(d => d.SupportRequestId == serving.Id).Select(d => d.Id).SingleAsync(ct);
        var plan = new ServicePlan(serving.Id, decisionId, "جلسات إرشاد نفسي فردية\nعدد الجلسات: 8\nالمدة: 3 شهر", 8, 3, pro.UserId!, pro.UserName, now.AddDays(-4));
        plan.Book(now.AddDays(-3), DeliveryMode.InPerson, pro.UserName).Record(true, "بدأ بالتعبير عن مخاوفه، ويحتاج متابعة أسبوعية.", "تحسن مبدئي", now.AddDays(-3));
        plan.Book(SaudiTime.StartOfDay(SaudiTime.LocalDate(now)).AddHours(15), DeliveryMode.Video, pro.UserName);
        db.ServicePlans.Add(plan);
        await db.SaveChangesAsync(ct);
    }
}
