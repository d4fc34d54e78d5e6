using HopeCase.Core.Committee;
using HopeCase.Core.Requests;
using HopeCase.Core.Research;
using HopeCase.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Tests.Core.Committee;

[Collection(HangfireCoreCollection.Name)]
public sealed class PublicAppealTests
{
    internal static async Task<(ResearchWorld W, int Id, string Reference, string Last4)> RejectedAsync()
    {
        var w = await ResearchWorld.CreateAsync();
        var id = await w.AwaitingCommitteeAsync();
        var session = await w.SessionWithAgendaAsync();
        var item = await w.ItemOfAsync(session, id);
        await w.VoteAllAsync(item, DecisionKind.Rejected);
        await w.Committee.DecideAsync(ResearchWorld.Chair, item, new DecisionInput(DecisionKind.Rejected, RejectionReason: RejectionReason.NotEligible, Reasons: "الدخل أعلى من الحد"));
        await using var db = await w.Intake.Dbs.CreateDbContextAsync();
        var r = await db.Requests.AsNoTracking().Include(x => x.Beneficiary).SingleAsync(x => x.Id == id);
        return (w, id, r.PublicReference, r.Beneficiary!.NationalId[^4..]);
    }

    [Fact]
    public async Task A_rejected_applicant_appeals_from_the_website_with_the_reference_and_last_four_digits()
    {
        var (w, id, reference, last4) = await RejectedAsync();
        await using var _ = w;
        var appeals = new PublicAppealService(w.Intake.Dbs, w.Committee, PublicCodes.Service(w.Intake, new()));

        Assert.NotNull(await appeals.DeadlineAsync(reference, last4));
        var wrong = last4 == "0000" ? "1111" : "0000";
        Assert.Null(await appeals.DeadlineAsync(reference, wrong));
        Assert.False(await appeals.AppealAsync(reference, wrong, "أرجو إعادة النظر", "203.0.113.9", null));
        await Assert.ThrowsAsync<CaseRuleException>(() => appeals.AppealAsync(reference, last4, "   ", "203.0.113.9", null));
        Assert.Equal(RequestStatus.Rejected, (await w.RequestAsync(id)).Status);

        // Eastern Arabic digits typed on a phone are accepted.
        var eastern = string.Concat(last4.Select(c => (char)('٠' + (c - '0'))));
        Assert.True(await appeals.AppealAsync(reference, eastern, "تغيّر دخل الأسرة بعد فقد الوظيفة", "203.0.113.9", null));
        Assert.Equal(RequestStatus.AwaitingCommittee, (await w.RequestAsync(id)).Status);
        Assert.Null(await appeals.DeadlineAsync(reference, last4));
        Assert.False(await appeals.AppealAsync(reference, last4, "مرة ثانية", "203.0.113.9", null));

        await using var db = await w.Intake.Dbs.CreateDbContextAsync();
        var appeal = await db.Appeals.AsNoTracking().SingleAsync(a => a.SupportRequestId == id);
        Assert.Equal("website", appeal.Channel);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "AppealFiled" && a.Origin == "203.0.113.9"));
    }

    [Fact]
    public async Task After_the_appeal_period_the_website_offers_no_appeal()
    {
        var (w, id, reference, last4) = await RejectedAsync();
        await using var _ = w;
        var appeals = new PublicAppealService(w.Intake.Dbs, w.Committee, PublicCodes.Service(w.Intake, new()));
        w.Intake.Clock.Advance(TimeSpan.FromDays(31));
        Assert.Null(await appeals.DeadlineAsync(reference, last4));
        Assert.False(await appeals.AppealAsync(reference, last4, "أرجو إعادة النظر", null, null));
        Assert.Equal(RequestStatus.Rejected, (await w.RequestAsync(id)).Status);
    }
}
