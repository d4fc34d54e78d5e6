using HopeCase.Core.Committee;
using HopeCase.Core.Requests;
using HopeCase.Core.Research;
using HopeCase.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Tests.Core.Committee;

/// <summary>Two people moving the same request at once: one wins, the other is told the state it now has.</summary>
[Collection(HangfireCoreCollection.Name)]
public sealed class CommitteeRaceTests
{
    private static readonly DecisionInput Accept = new(DecisionKind.Accepted, "جلسات إرشاد نفسي فردية", SessionCount: 8, DurationMonths: 3);

    [Fact]
    public async Task Two_decisions_at_once_one_wins_and_the_other_is_told_the_new_state()
    {
        await using var w = await ResearchWorld.CreateAsync();
        var id = await w.AwaitingCommitteeAsync();
        var session = await w.SessionWithAgendaAsync();
        var item = await w.ItemOfAsync(session, id);
        await w.VoteAllAsync(item, DecisionKind.Accepted);
        var version = (await w.Committee.SessionAsync(ResearchWorld.Chair, session))!.Items.Single().Version;

        // The second screen still shows the version the first decision replaced.
        await w.Committee.DecideAsync(ResearchWorld.Chair, item, Accept, version);
        var loser = await Assert.ThrowsAsync<RequestChangedException>(() =>
            w.Committee.DecideAsync(ResearchWorld.Chair, item, new DecisionInput(DecisionKind.Deferred), version));
        Assert.Equal(RequestStatus.Accepted, loser.Current);
        Assert.Single(await w.Committee.DecisionsAsync(ResearchWorld.Chair, id));
        // Without a version (a job, a retry) the decided item is still refused.
        Assert.Equal("Committee.ItemDecided", (await Assert.ThrowsAsync<CaseRuleException>(() => w.Committee.DecideAsync(ResearchWorld.Chair, item, Accept))).Code);

        // The same race on the request itself (e.g. a withdrawal while the chair decides): nothing overwritten.
        var id2 = await w.AwaitingCommitteeAsync(2);
        var session2 = await w.SessionWithAgendaAsync();
        var item2 = await w.ItemOfAsync(session2, id2);
        await w.VoteAllAsync(item2, DecisionKind.Accepted);
        var stale = (await w.RequestAsync(id2)).Version;
        await using (var db = await w.Intake.Dbs.CreateDbContextAsync())
        {
            var r = await db.Requests.Include(x => x.Events).SingleAsync(x => x.Id == id2);
            r.Move(RequestTrigger.Withdraw, IntakeWorld.Manager, w.Intake.Clock.GetUtcNow(), "withdrawn by phone");
            await db.SaveChangesAsync();
        }
        var changed = await Assert.ThrowsAsync<RequestChangedException>(() => w.Committee.DecideAsync(ResearchWorld.Chair, item2, Accept, stale));
        Assert.Equal(RequestStatus.Withdrawn, changed.Current);
        Assert.Equal(RequestStatus.Withdrawn, (await w.RequestAsync(id2)).Status);
    }

    [Fact]
    public async Task Concurrent_saves_of_the_same_request_lose_cleanly()
    {
        await using var w = await ResearchWorld.CreateAsync();
        var id = await w.SubmittedAsync();
        // Two managers assign at the same moment from the same screen; exactly one assignment stands.
        var results = await Task.WhenAll(
            Capture(() => w.Research.AssignAsync(IntakeWorld.Manager, id, ResearchWorld.Researcher.UserId!)),
            Capture(() => w.Research.AssignAsync(IntakeWorld.Manager, id, ResearchWorld.Researcher2.UserId!)));
        Assert.Single(results, r => r is null);
        Assert.Single(results, r => r is RequestChangedException or IllegalTransitionException);
        var request = await w.RequestAsync(id);
        Assert.Single(request.Events, e => e.To == RequestStatus.UnderStudy);
    }

    private static async Task<Exception?> Capture(Func<Task> work)
    {
        try
        {
            await work();
            return null;
        }
        catch (Exception ex) when (ex is RequestChangedException or IllegalTransitionException)
        {
            return ex;
        }
    }
}
