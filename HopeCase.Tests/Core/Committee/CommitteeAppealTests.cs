using HopeCase.Core.Committee;
using HopeCase.Core.Requests;
using HopeCase.Core.Research;
using HopeCase.Core.Security;
using HopeCase.Tests.Support;

namespace HopeCase.Tests.Core.Committee;

/// <summary>Appeals against a rejection: within the period back to the committee with a fresh window, after it refused.</summary>
[Collection(HangfireCoreCollection.Name)]
public sealed class CommitteeAppealTests
{
    [Fact]
    public async Task An_appeal_within_the_period_returns_to_the_committee_with_the_earlier_decision_visible()
    {
        await using var w = await ResearchWorld.CreateAsync();
        var id = await w.AwaitingCommitteeAsync();
        var session = await w.SessionWithAgendaAsync();
        var item = await w.ItemOfAsync(session, id);
        await w.VoteAllAsync(item, DecisionKind.Rejected);
        await w.Committee.DecideAsync(ResearchWorld.Chair, item, new DecisionInput(DecisionKind.Rejected, RejectionReason: RejectionReason.NotEligible, Reasons: "الدخل أعلى من الحد"));
        await w.Committee.CloseAsync(ResearchWorld.Chair, session);

        w.Intake.Clock.Advance(TimeSpan.FromDays(29));
        Assert.NotNull(await w.Committee.AppealDeadlineAsync(id));
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Committee.AppealAsync(ResearchWorld.Chair, id, "x", "officer"));
        await w.Committee.AppealAsync(IntakeWorld.Officer, id, "تغير دخل الأسرة بعد فقد الوظيفة", "officer");
        var r = await w.RequestAsync(id);
        Assert.Equal(RequestStatus.AwaitingCommittee, r.Status);
        Assert.Equal(w.Intake.Clock.GetUtcNow().AddDays(14), r.DueAt);

        var again = await w.SessionWithAgendaAsync();
        var row = (await w.Committee.SessionAsync(ResearchWorld.Chair, again))!.Items.Single();
        Assert.True(row.IsAppeal);
        Assert.Equal(DecisionKind.Rejected, row.EarlierDecision!.Kind);
        Assert.Equal("الدخل أعلى من الحد", row.EarlierDecision.Reasons);
        Assert.Equal("تغير دخل الأسرة بعد فقد الوظيفة", row.AppealGrounds);
    }

    [Fact]
    public async Task An_appeal_after_the_period_is_refused_with_a_clear_reason()
    {
        await using var w = await ResearchWorld.CreateAsync();
        var id = await w.AwaitingCommitteeAsync();
        var session = await w.SessionWithAgendaAsync();
        var item = await w.ItemOfAsync(session, id);
        await w.VoteAllAsync(item, DecisionKind.Rejected);
        await w.Committee.DecideAsync(ResearchWorld.Chair, item, new DecisionInput(DecisionKind.Rejected, RejectionReason: RejectionReason.Other, Reasons: "غير مستحق"));
        w.Intake.Clock.Advance(TimeSpan.FromDays(31));
        Assert.Null(await w.Committee.AppealDeadlineAsync(id));
        var ex = await Assert.ThrowsAsync<CaseRuleException>(() => w.Committee.AppealAsync(HopeCase.Core.Security.Actor.System, id, "أرجو إعادة النظر", "website"));
        Assert.Equal("Committee.AppealTooLate", ex.Code);
        Assert.Equal(RequestStatus.Rejected, (await w.RequestAsync(id)).Status);
    }
}
