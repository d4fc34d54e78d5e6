using HopeCase.Core.Contacts;
using HopeCase.Core.Requests;
using HopeCase.Core.Research;
using HopeCase.Core.Saudi;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Web.Demo;

/// <summary>
/// Demo requests in every stage of research, only into an empty request table: one to assign, one under study, three
/// recommended onto the next agenda (one critical, one overdue), and three recommended long enough ago for the past
/// session of <see cref="CommitteeDemo"/>. Those three are left in <see cref="DemoRun.PastSessionRequests"/>.
/// </summary>
internal static class ResearchDemo
{
    public static async Task SeedAsync(DemoRun run, CancellationToken ct)
    {
        await using var db = await run.Dbs.CreateDbContextAsync(ct);
        if (await db.Requests.AnyAsync(ct) || !await db.Beneficiaries.AnyAsync(ct))
        {
            return;
        }
        var (rel, res, man) = (await run.ActorAsync("relations@hope.demo"), await run.ActorAsync("research@hope.demo"), await run.ActorAsync("manager@hope.demo"));
        var now = run.Now;
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
            r.Move(RequestTrigger.Submit, rel, at, DecisionWindow.PolicyDefault);
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
        await db.SaveChangesAsync(ct);
        run.PastSessionRequests = past.Select(r => r.Id).ToList();
    }
}
