using HopeCase.Core.Committee;
using HopeCase.Core.Requests;
using HopeCase.Core.Saudi;
using HopeCase.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Web.Demo;

/// <summary>
/// A past committee session (five days ago, closed) that decided the research demo's three past requests: the first two
/// accepted, the third rejected. Written as records of the session, without letters, so nothing is printed at start-up.
/// </summary>
internal static class CommitteeDemo
{
    private const string Chair = "committee@hope.demo";

    public static async Task SeedAsync(DemoRun run, CancellationToken ct)
    {
        if (run.PastSessionRequests is not { } ids)
        {
            return;
        }
        await using var db = await run.Dbs.CreateDbContextAsync(ct);
        var chair = await run.ActorAsync(Chair);
        var now = run.Now;
        var requests = await db.Requests.Include(r => r.Events).Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);

        var year = HijriDate.FromGregorian(SaudiTime.LocalDate(now.AddDays(-5))).Year;
        var session = new CommitteeSession(1, year, now.AddDays(-5), chair.UserId!, chair.UserName, now.AddDays(-6));
        session.AddMember(chair.UserId!, chair.UserName);
        foreach (var (email, name, _) in StaffDemo.Staff.Where(s => s.Role == Roles.CommitteeMember && s.Email != Chair))
        {
            session.AddMember((await run.Users.FindByEmailAsync(email))!.Id, name);
        }
        db.CommitteeSessions.Add(session);
        await db.SaveChangesAsync(ct);

        var accept = new DecisionInput(DecisionKind.Accepted, "جلسات إرشاد نفسي فردية", SessionCount: 8, DurationMonths: 3);
        var reject = new DecisionInput(DecisionKind.Rejected, RejectionReason: RejectionReason.SupportedElsewhere, Reasons: "يتلقى الجلسات نفسها من مستشفى جازان العام");
        var decided = new (SupportRequest R, DecisionInput D, RequestTrigger T)[]
            { (requests[ids[0]], accept, RequestTrigger.Accept), (requests[ids[1]], accept, RequestTrigger.Accept), (requests[ids[2]], reject, RequestTrigger.Reject) };
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
    }
}
