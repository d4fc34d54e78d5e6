using HopeCase.Core.Committee;
using HopeCase.Core.Requests;
using HopeCase.Core.Saudi;
using HopeCase.Core.ServiceDelivery;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Web.Demo;

/// <summary>The registered request goes into service: a plan of eight sessions, one held three days ago and one today at 15:00.</summary>
internal static class ServiceDeliveryDemo
{
    public static async Task SeedAsync(DemoRun run, CancellationToken ct)
    {
        if (run.PastSessionRequests is not [var servingId, ..])
        {
            return;
        }
        await using var db = await run.Dbs.CreateDbContextAsync(ct);
        var (man, pro) = (await run.ActorAsync("manager@hope.demo"), await run.ActorAsync("provider@hope.demo"));
        var now = run.Now;
        var serving = await db.Requests.Include(r => r.Events).SingleAsync(r => r.Id == servingId, ct);

        serving.Move(RequestTrigger.StartService, man, now.AddDays(-4), pro.UserName);
        var decisionId = await db.CommitteeDecisions.Where(d => d.SupportRequestId == serving.Id).Select(d => d.Id).SingleAsync(ct);
        var plan = new ServicePlan(serving.Id, decisionId, "جلسات إرشاد نفسي فردية\nعدد الجلسات: 8\nالمدة: 3 أشهر", 8, 3, pro.UserId!, pro.UserName, now.AddDays(-4));
        plan.Book(now.AddDays(-3), DeliveryMode.InPerson, pro.UserName).Record(true, "بدأ بالتعبير عن مخاوفه، ويحتاج متابعة أسبوعية.", "تحسن مبدئي", now.AddDays(-3));
        plan.Book(SaudiTime.StartOfDay(SaudiTime.LocalDate(now)).AddHours(15), DeliveryMode.Video, pro.UserName);
        db.ServicePlans.Add(plan);
        await db.SaveChangesAsync(ct);
    }
}
