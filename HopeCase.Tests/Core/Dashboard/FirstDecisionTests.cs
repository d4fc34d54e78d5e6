using HopeCase.Core.Requests;
using HopeCase.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Tests.Core.Dashboard;

/// <summary>
/// The request row keeps its first decision (<see cref="SupportRequest.FirstDecidedAt"/>), which the window panel
/// reads instead of the timeline: it is set when the decision is recorded, an appeal's second decision leaves it, and
/// the migration's backfill (<see cref="FirstDecisionBackfill"/>) gives the rows decided before the column the same
/// value and so the same figures.
/// </summary>
public sealed class FirstDecisionTests
{
    [Fact]
    public async Task First_decision_is_kept_on_the_row_and_the_backfill_gives_the_same_window()
    {
        var s = await DashboardScenario.SeedAsync();
        await using var w = s.W;
        // A rejected, appealed and then accepted: its first decision stays the rejection.
        var appealed = await w.SubmittedRequestAsync(await w.Intake.NewBeneficiaryAsync(90));
        await w.DecideAsync(appealed, RequestTrigger.Reject);
        var rejectedAt = w.Clock.GetUtcNow();
        w.Clock.Advance(TimeSpan.FromDays(2));
        await using (var db = await w.Dbs.CreateDbContextAsync())
        {
            var r = await db.Requests.Include(x => x.Events).SingleAsync(x => x.Id == appealed);
            r.Move(RequestTrigger.Appeal, IntakeWorld.Officer, w.Clock.GetUtcNow(), DecisionWindow.PolicyDefault);
            r.Move(RequestTrigger.Accept, FeedbackWorld.Committee, w.Clock.GetUtcNow().AddHours(1));
            Assert.Equal(rejectedAt, r.FirstDecidedAt);
            await db.SaveChangesAsync();
        }

        await AssertRowsEqualTheTimelineAsync(w, expectDecided: 4);
        var before = (await w.Dashboard.BuildAsync(IntakeWorld.Manager, DashboardScenario.Period)).Window;
        Assert.Equal(4, before.Decided);

        // The rows as they were before the column: the panel then sees no decision at all (it reads the column).
        await using (var db = await w.Dbs.CreateDbContextAsync())
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE \"Requests\" SET \"FirstDecidedAt\" = NULL");
        }
        var cleared = (await w.Dashboard.BuildAsync(IntakeWorld.Manager, DashboardScenario.Period)).Window;
        Assert.Equal((before.Submitted, 0, null), (cleared.Submitted, cleared.Decided, cleared.MedianDaysToDecision));

        await using (var db = await w.Dbs.CreateDbContextAsync())
        {
            await db.Database.ExecuteSqlRawAsync(FirstDecisionBackfill.Sql);
        }
        await AssertRowsEqualTheTimelineAsync(w, expectDecided: 4);
        var after = (await w.Dashboard.BuildAsync(IntakeWorld.Manager, DashboardScenario.Period)).Window;
        Assert.Equal(before with { OpenByDaysLeft = [] }, after with { OpenByDaysLeft = [] });
        Assert.Equal(before.OpenByDaysLeft, after.OpenByDaysLeft);
    }

    private static async Task AssertRowsEqualTheTimelineAsync(FeedbackWorld w, int expectDecided)
    {
        await using var db = await w.Dbs.CreateDbContextAsync();
        var rows = await db.Requests.AsNoTracking().Select(r => new { r.Id, r.FirstDecidedAt }).ToListAsync();
        var events = await db.RequestEvents.AsNoTracking().ToListAsync();
        foreach (var r in rows)
        {
            var first = events.Where(e => e.SupportRequestId == r.Id && e.To is RequestStatus.Accepted or RequestStatus.Rejected)
                .Select(e => (DateTimeOffset?)e.At).Min();
            Assert.Equal(first, r.FirstDecidedAt);
        }
        Assert.Equal(expectDecided, rows.Count(r => r.FirstDecidedAt is not null));
        Assert.Contains(rows, r => r.FirstDecidedAt is null);
    }
}
