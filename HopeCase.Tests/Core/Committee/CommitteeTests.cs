using HopeCase.Core.Committee;
using HopeCase.Core.Requests;
using HopeCase.Core.Research;
using HopeCase.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Tests.Core.Committee;

[Collection(HangfireCoreCollection.Name)]
public sealed class CommitteeTests
{
    private static readonly DecisionInput Accept = new(DecisionKind.Accepted, "جلسات إرشاد نفسي فردية", SessionCount: 8, DurationMonths: 3);

    [Fact]
    public async Task The_agenda_puts_critical_requests_first_then_the_oldest_with_days_left()
    {
        await using var w = await ResearchWorld.CreateAsync();
        var older = await w.AwaitingCommitteeAsync(1);
        w.Intake.Clock.Advance(TimeSpan.FromDays(2));
        var newer = await w.AwaitingCommitteeAsync(2);
        w.Intake.Clock.Advance(TimeSpan.FromHours(1));
        var critical = await w.AwaitingCommitteeAsync(3, critical: true);
        var session = await w.SessionWithAgendaAsync();
        var view = (await w.Committee.SessionAsync(ResearchWorld.Chair, session))!;
        Assert.Equal([critical, older, newer], view.Items.Select(i => i.RequestId));
        Assert.Equal(12 - (1 / 24.0), view.Items[1].DaysLeft!.Value, 3);
        Assert.Equal("1448/1", view.Title);
        Assert.Equal(3, view.Members.Count);
        Assert.Equal(Recommendation.Accept, view.Items[0].Recommendation);
    }

    [Fact]
    public async Task Without_quorum_enough_votes_and_a_matching_majority_the_chair_cannot_decide()
    {
        await using var w = await ResearchWorld.CreateAsync();
        var id = await w.AwaitingCommitteeAsync();
        var small = await w.Committee.ScheduleAsync(ResearchWorld.Chair, w.Intake.Clock.GetUtcNow(), [ResearchWorld.Member2.UserId!]);
        await w.Committee.BuildAgendaAsync(ResearchWorld.Chair, small);
        var item = await w.ItemOfAsync(small, id);
        await w.Committee.VoteAsync(ResearchWorld.Chair, item, DecisionKind.Accepted, null);
        await w.Committee.VoteAsync(ResearchWorld.Member2, item, DecisionKind.Accepted, null);
        Assert.Equal("Committee.NoQuorum", (await Assert.ThrowsAsync<CaseRuleException>(() => w.Committee.DecideAsync(ResearchWorld.Chair, item, Accept))).Code);

        w.Intake.Policy.CommitteeQuorum = 2;
        Assert.Equal("Committee.DecisionAgainstVotes", (await Assert.ThrowsAsync<CaseRuleException>(() =>
            w.Committee.DecideAsync(ResearchWorld.Chair, item, new DecisionInput(DecisionKind.Rejected, RejectionReason: RejectionReason.NotEligible, Reasons: "x")))).Code);
        Assert.Equal("Committee.DecisionDurationRequired", (await Assert.ThrowsAsync<CaseRuleException>(() =>
            w.Committee.DecideAsync(ResearchWorld.Chair, item, Accept with { DurationMonths = null }))).Code);
        await w.Committee.DecideAsync(ResearchWorld.Chair, item, Accept);
        Assert.Equal(RequestStatus.Accepted, (await w.RequestAsync(id)).Status);
    }

    [Fact]
    public async Task A_rejection_needs_a_catalogue_reason_and_free_text_and_the_chairs_vote_breaks_a_tie()
    {
        await using var w = await ResearchWorld.CreateAsync();
        var id = await w.AwaitingCommitteeAsync();
        var session = await w.SessionWithAgendaAsync();
        var item = await w.ItemOfAsync(session, id);
        var reject = new DecisionInput(DecisionKind.Rejected, RejectionReason: RejectionReason.OutsideRegion, Reasons: "يقيم خارج جازان");
        await w.Committee.VoteAsync(ResearchWorld.Chair, item, DecisionKind.Rejected, "خارج النطاق");
        Assert.Equal("Committee.NotEnoughVotes", (await Assert.ThrowsAsync<CaseRuleException>(() => w.Committee.DecideAsync(ResearchWorld.Chair, item, reject))).Code);
        await w.Committee.VoteAsync(ResearchWorld.Member2, item, DecisionKind.Accepted, null);
        // One each: the chair's vote decides, so acceptance is refused and rejection allowed.
        Assert.Equal("Committee.DecisionAgainstVotes", (await Assert.ThrowsAsync<CaseRuleException>(() => w.Committee.DecideAsync(ResearchWorld.Chair, item, Accept))).Code);
        Assert.Equal("Committee.DecisionReasonTextRequired", (await Assert.ThrowsAsync<CaseRuleException>(() =>
            w.Committee.DecideAsync(ResearchWorld.Chair, item, reject with { Reasons = " " }))).Code);
        Assert.Equal("Committee.DecisionReasonRequired", (await Assert.ThrowsAsync<CaseRuleException>(() =>
            w.Committee.DecideAsync(ResearchWorld.Chair, item, reject with { RejectionReason = null }))).Code);
        await w.Committee.DecideAsync(ResearchWorld.Chair, item, new DecisionInput(DecisionKind.Rejected, RejectionReason: RejectionReason.OutsideRegion, Reasons: "يقيم خارج جازان"));
        Assert.Equal(RequestStatus.Rejected, (await w.RequestAsync(id)).Status);
    }

    [Fact]
    public async Task The_member_who_did_the_study_cannot_vote_on_it()
    {
        await using var w = await ResearchWorld.CreateAsync();
        await using (var db = await w.Intake.Dbs.CreateDbContextAsync())
        {
            var role = await db.Roles.SingleAsync(r => r.Name == HopeCase.Core.Staff.Roles.CommitteeMember);
            db.UserRoles.Add(new() { UserId = ResearchWorld.Researcher.UserId!, RoleId = role.Id });
            await db.SaveChangesAsync();
        }
        var id = await w.AwaitingCommitteeAsync();
        var session = await w.Committee.ScheduleAsync(ResearchWorld.Chair, w.Intake.Clock.GetUtcNow(),
            [ResearchWorld.Member2.UserId!, ResearchWorld.Member3.UserId!, ResearchWorld.ResearcherOnCommittee.UserId!]);
        await w.Committee.BuildAgendaAsync(ResearchWorld.Chair, session);
        var item = await w.ItemOfAsync(session, id);
        var ex = await Assert.ThrowsAsync<CaseRuleException>(() => w.Committee.VoteAsync(ResearchWorld.ResearcherOnCommittee, item, DecisionKind.Accepted, null));
        Assert.Equal("Committee.ConflictOfInterest", ex.Code);
        var view = (await w.Committee.SessionAsync(ResearchWorld.Chair, session))!;
        Assert.Empty(view.Items.Single().Votes);
        // The three others decide without them.
        await w.VoteAllAsync(item, DecisionKind.Accepted);
        await w.Committee.DecideAsync(ResearchWorld.Chair, item, Accept);
    }

    [Fact]
    public async Task Decisions_and_minutes_issue_one_letter_each_in_the_background()
    {
        await using var w = await ResearchWorld.CreateAsync();
        var accepted = await w.AwaitingCommitteeAsync(1);
        var rejected = await w.AwaitingCommitteeAsync(2);
        var info = await w.AwaitingCommitteeAsync(3);
        var deferred = await w.AwaitingCommitteeAsync(4);
        var session = await w.SessionWithAgendaAsync();
        var view = (await w.Committee.SessionAsync(ResearchWorld.Chair, session))!;
        int Item(int r) => view.Items.Single(i => i.RequestId == r).ItemId;
        await w.VoteAllAsync(Item(accepted), DecisionKind.Accepted);
        await w.VoteAllAsync(Item(rejected), DecisionKind.Rejected);
        await w.VoteAllAsync(Item(info), DecisionKind.NeedsInfo);
        await w.VoteAllAsync(Item(deferred), DecisionKind.Deferred);
        Assert.Equal("Committee.ItemsUndecided", (await Assert.ThrowsAsync<CaseRuleException>(() => w.Committee.CloseAsync(ResearchWorld.Chair, session))).Code);
        var d1 = await w.Committee.DecideAsync(ResearchWorld.Chair, Item(accepted), Accept);
        var d2 = await w.Committee.DecideAsync(ResearchWorld.Chair, Item(rejected), new DecisionInput(DecisionKind.Rejected, RejectionReason: RejectionReason.NotEligible, Reasons: "الدخل أعلى من الحد"));
        var d3 = await w.Committee.DecideAsync(ResearchWorld.Chair, Item(info), new DecisionInput(DecisionKind.NeedsInfo, MissingInfo: "تقرير طبي"));
        await w.Committee.DecideAsync(ResearchWorld.Chair, Item(deferred), new DecisionInput(DecisionKind.Deferred));
        await w.Committee.CloseAsync(ResearchWorld.Chair, session);
        var keys = await w.EnqueuedLetterKeysAsync(4);
        Assert.Equal(new[] { $"decision:{d1}:letter", $"decision:{d2}:letter", $"decision:{d3}:letter", $"session:{session}:minutes" }.Order(), keys.Order());

        // The deferred request comes back on the next session's agenda.
        Assert.Equal(RequestStatus.Deferred, (await w.RequestAsync(deferred)).Status);
        var next = await w.SessionWithAgendaAsync();
        var nextView = (await w.Committee.SessionAsync(ResearchWorld.Chair, next))!;
        Assert.Equal([deferred], nextView.Items.Select(i => i.RequestId));
        Assert.Equal(RequestStatus.AwaitingCommittee, (await w.RequestAsync(deferred)).Status);
    }
}
