using HopeCase.Core.Contacts;
using HopeCase.Core.Requests;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;

namespace HopeCase.Web.Demo;

/// <summary>Part of the feedback seed: four requests for the dashboard's decision window (one decided in time, one overdue, one due soon, one fresh).</summary>
internal static class DashboardDemo
{
    public static async Task SeedAsync(DemoRun run, CancellationToken ct)
    {
        if (await run.FeedbackSeedAsync(ct) is not { } seed)
        {
            return;
        }
        await using var db = await run.Dbs.CreateDbContextAsync(ct);
        var (now, people, types, officer) = (run.Now, seed.People, seed.SupportTypes, seed.Officer);
        var researcher = new Actor("demo-research", "عبدالله مدخلي", new HashSet<string> { Roles.ResearchOfficer });
        var manager = new Actor("demo-manager", "خالد الشهري", new HashSet<string> { Roles.Manager });
        var committee = new Actor("demo-committee", "سارة حكمي", new HashSet<string> { Roles.CommitteeMember });
        (int Person, int DaysAgo, bool Decide, ContactChannel Channel)[] requests =
        [(0, 30, true, ContactChannel.Interview), (1, 19, false, ContactChannel.Phone), (2, 12, false, ContactChannel.Website), (3, 2, false, ContactChannel.SocialMedia)];
        var n = 0;
        foreach (var (person, daysAgo, decide, channel) in requests)
        {
            var at = now.AddDays(-daysAgo);
            var r = new SupportRequest(people[person].Id, types[n % types.Count], "طلب تجريبي للعرض", channel, false, at, officer);
            r.Move(RequestTrigger.Submit, officer, at, DecisionWindow.PolicyDefault);
            r.SetReference($"1448-9{++n:00000}");
            r.Move(RequestTrigger.Assign, manager, at.AddDays(1));
            if (decide)
            {
                r.Move(RequestTrigger.Recommend, researcher, at.AddDays(5));
                r.Move(RequestTrigger.Accept, committee, at.AddDays(9));
            }
            db.Requests.Add(r);
        }
        await db.SaveChangesAsync(ct);
    }
}
