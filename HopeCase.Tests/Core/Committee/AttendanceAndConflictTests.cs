using HopeCase.Core.Committee;
using HopeCase.Core.Letters;
using HopeCase.Core.Research;
using HopeCase.Tests.Support;

namespace HopeCase.Tests.Core.Committee;

/// <summary>Issue 14 item 10: attendance recorded by the chair, the quorum of those present, a declared conflict left out of the vote, and the minutes.</summary>
[Collection(HangfireCoreCollection.Name)]
public sealed class AttendanceAndConflictTests
{
    [Fact]
    public async Task The_quorum_counts_those_present_and_a_conflicted_member_is_left_out_of_the_vote()
    {
        await using var w = await ResearchWorld.CreateAsync();
        var id = await w.AwaitingCommitteeAsync();
        var session = await w.SessionWithAgendaAsync();
        var item = await w.ItemOfAsync(session, id);

        // Only the chair records attendance; an absent member cannot vote, and two present are short of the quorum of three.
        await Assert.ThrowsAsync<HopeCase.Core.Security.ForbiddenException>(() => w.Committee.RecordAttendanceAsync(ResearchWorld.Member2, session, ResearchWorld.Member3.UserId!, false));
        await w.Committee.RecordAttendanceAsync(ResearchWorld.Chair, session, ResearchWorld.Member3.UserId!, false);
        Assert.Equal(2, (await w.Committee.SessionAsync(ResearchWorld.Chair, session))!.Present);
        Assert.Equal("Committee.AbsentCannotVote", (await Assert.ThrowsAsync<CaseRuleException>(() => w.Committee.VoteAsync(ResearchWorld.Member3, item, DecisionKind.Accepted, null))).Code);
        await w.Committee.VoteAsync(ResearchWorld.Chair, item, DecisionKind.Accepted, null);
        await w.Committee.VoteAsync(ResearchWorld.Member2, item, DecisionKind.Accepted, null);
        Assert.Equal("Committee.NoQuorum", (await Assert.ThrowsAsync<CaseRuleException>(() => w.Committee.DecideAsync(ResearchWorld.Chair, item, Accept()))).Code);

        // Member 3 arrives; member 2 declares a conflict: their vote is withdrawn and they may not vote again.
        await w.Committee.RecordAttendanceAsync(ResearchWorld.Chair, session, ResearchWorld.Member3.UserId!, true);
        await w.Committee.DeclareConflictAsync(ResearchWorld.Member2, item, "قريب المستفيد");
        Assert.Equal("Committee.ConflictDeclared", (await Assert.ThrowsAsync<CaseRuleException>(() => w.Committee.VoteAsync(ResearchWorld.Member2, item, DecisionKind.Rejected, null))).Code);
        var view = (await w.Committee.SessionAsync(ResearchWorld.Chair, session))!;
        Assert.Equal(3, view.Present);
        Assert.Equal(ResearchWorld.Member2.UserId, Assert.Single(view.Conflicts!).MemberUserId);
        Assert.DoesNotContain(view.Items.Single().Votes, v => v.MemberUserId == ResearchWorld.Member2.UserId);

        // Two eligible voters (chair and member 3): the chair's vote alone is not a majority of them; with member 3 it is.
        Assert.Equal("Committee.NotEnoughVotes", (await Assert.ThrowsAsync<CaseRuleException>(() => w.Committee.DecideAsync(ResearchWorld.Chair, item, Accept()))).Code);
        await w.Committee.VoteAsync(ResearchWorld.Member3, item, DecisionKind.Accepted, null);
        await w.Committee.DecideAsync(ResearchWorld.Chair, item, Accept());
        await w.Committee.RecordAttendanceAsync(ResearchWorld.Chair, session, ResearchWorld.Member3.UserId!, true);
        await w.Committee.CloseAsync(ResearchWorld.Chair, session);

        // The minutes list those present, those absent (none now) and the conflict.
        var minutes = await WaitForMinutesAsync(w, session);
        Assert.Contains("3 أعضاء (رئيس اللجنة، عضو ثان، عضو ثالث)", minutes.Values["MembersPresent"], StringComparison.Ordinal);
        Assert.Equal("لا أحد", minutes.Values["MembersAbsent"]);
        Assert.Contains("عضو ثان في الطلب رقم", minutes.Values["Conflicts"], StringComparison.Ordinal);
        Assert.Contains("قريب المستفيد", minutes.Values["Conflicts"], StringComparison.Ordinal);
        Assert.Contains("{{Conflicts}}", DefaultWording.For(LetterType.CommitteeMinutes, arabic: true), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_recorded_absent_cannot_declare_a_conflict_until_recorded_present()
    {
        await using var w = await ResearchWorld.CreateAsync();
        var id = await w.AwaitingCommitteeAsync();
        var session = await w.SessionWithAgendaAsync();
        var item = await w.ItemOfAsync(session, id);
        await w.Committee.RecordAttendanceAsync(ResearchWorld.Chair, session, ResearchWorld.Member3.UserId!, false);

        var refused = await Assert.ThrowsAsync<CaseRuleException>(() => w.Committee.DeclareConflictAsync(ResearchWorld.Member3, item, "قريب المستفيد"));
        Assert.Equal("Committee.AbsentCannotDeclare", refused.Code);
        Assert.Empty((await w.Committee.SessionAsync(ResearchWorld.Chair, session))!.Conflicts!);

        await w.Committee.RecordAttendanceAsync(ResearchWorld.Chair, session, ResearchWorld.Member3.UserId!, true);
        await w.Committee.DeclareConflictAsync(ResearchWorld.Member3, item, "قريب المستفيد");
        Assert.Equal(ResearchWorld.Member3.UserId, Assert.Single((await w.Committee.SessionAsync(ResearchWorld.Chair, session))!.Conflicts!).MemberUserId);
    }

    private static DecisionInput Accept() => new(DecisionKind.Accepted, "جلسات إرشاد نفسي فردية", SessionCount: 6, DurationMonths: 3);

    /// <summary>The minutes as the letter job builds them when it runs: queued in Hangfire by key, rebuilt from the database.</summary>
    private static async Task<LetterContent> WaitForMinutesAsync(ResearchWorld w, int session)
    {
        var key = $"session:{session}:minutes";
        Assert.Contains(key, await w.EnqueuedLetterKeysAsync(1));
        return await new LetterSource(w.Intake.Dbs, Microsoft.Extensions.Options.Options.Create(w.Intake.Policy)).BuildAsync(key);
    }
}
