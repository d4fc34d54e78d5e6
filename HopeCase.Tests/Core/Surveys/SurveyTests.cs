using HopeCase.Core.Feedback;
using HopeCase.Core.Letters;
using HopeCase.Core.Messaging;
using HopeCase.Core.Requests;
using HopeCase.Core.Security;
using HopeCase.Core.Surveys;
using HopeCase.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Tests.Core.Surveys;

public sealed class SurveyTests
{
    private static readonly SurveyAnswer Good = new(new SurveyScores(5, 5, 4, 4, 5, 10), "شكرًا لكم", false);

    internal static async Task IssueDecisionLetterAsync(FeedbackWorld w, int beneficiaryId, int requestId, LetterType type = LetterType.Acceptance)
    {
        await using var db = await w.Dbs.CreateDbContextAsync();
        var seq = await db.Letters.CountAsync() + 1;
        var content = new LetterContent(type, "ar", "المستفيد", null, new Dictionary<string, string>(), [], null, beneficiaryId, "SupportRequest",
            requestId.ToString(System.Globalization.CultureInfo.InvariantCulture), $"decision:{requestId}");
        db.Letters.Add(new Letter(new IssuedNumber(1448, seq, $"1448/{seq:000000}"), w.Clock.GetUtcNow(), content, "<p></p>", $"V{seq:0000000}", IntakeWorld.Pdf(), "test"));
        await db.SaveChangesAsync();
    }

    /// <summary>A decided request with its letter issued, and the sweep run: returns the request and the token from the SMS.</summary>
    internal static async Task<(int Beneficiary, int Request, string Token)> InvitedAsync(FeedbackWorld w, int n = 1)
    {
        var b = await w.Intake.NewBeneficiaryAsync(n);
        var r = await w.SubmittedRequestAsync(b);
        await w.DecideAsync(r);
        await IssueDecisionLetterAsync(w, b, r);
        Assert.True(await w.Inviter.InviteDueAsync() >= 1);
        return (b, r, await w.OnlyTokenAsync(r, SurveyTrigger.DecisionLetter));
    }

    [Fact]
    public async Task A_decision_letter_and_a_closed_service_each_invite_once_even_when_the_sweep_runs_twice()
    {
        await using var w = await FeedbackWorld.CreateAsync();
        var (b, r, _) = await InvitedAsync(w);
        await w.MoveAsync(r, (RequestTrigger.Register, IntakeWorld.Officer), (RequestTrigger.StartService, IntakeWorld.Provider), (RequestTrigger.Close, IntakeWorld.Provider));

        Assert.Equal(1, await w.Inviter.InviteDueAsync());
        Assert.Equal(0, await w.Inviter.InviteDueAsync());
        var twice = await Task.WhenAll(w.Inviter.InviteDueAsync(), w.Inviter.InviteDueAsync());
        Assert.Equal(0, twice.Sum());

        await using var db = await w.Dbs.CreateDbContextAsync();
        var invitations = await db.SurveyInvitations.AsNoTracking().OrderBy(i => i.Id).ToListAsync();
        Assert.Equal([SurveyTrigger.DecisionLetter, SurveyTrigger.ServiceClosed], invitations.Select(i => i.Trigger));
        Assert.Equal(IntakeWorld.Provider.UserId, invitations[1].ProviderId);
        Assert.Equal(w.Clock.GetUtcNow().AddDays(14), invitations[1].ExpiresAt);
        var sms = await db.Outbox.AsNoTracking().Where(m => m.Kind == MessageKind.SurveyInvitation).ToListAsync();
        Assert.Equal(2, sms.Count);
        Assert.All(sms, m => Assert.Contains("https://hope.example/survey/", m.Body, StringComparison.Ordinal));
        Assert.All(invitations, i => Assert.Equal(b, i.BeneficiaryId));
    }

    [Fact]
    public async Task A_link_works_once_and_then_says_it_was_used()
    {
        await using var w = await FeedbackWorld.CreateAsync();
        var (_, r, token) = await InvitedAsync(w);

        Assert.Equal(SurveyLinkState.Valid, await w.Surveys.StateAsync(token));
        Assert.Equal(SurveyLinkState.Valid, await w.Surveys.SubmitOnlineAsync(token, Good));
        Assert.Equal(SurveyLinkState.Used, await w.Surveys.SubmitOnlineAsync(token, Good));
        Assert.Equal(SurveyLinkState.Used, await w.Surveys.StateAsync(token));
        Assert.Equal(SurveyLinkState.Unknown, await w.Surveys.StateAsync(token + "x"));

        await using var db = await w.Dbs.CreateDbContextAsync();
        var answer = await db.SurveyResponses.AsNoTracking().SingleAsync();
        Assert.Equal((SurveyMode.Online, r, 5, 10), (answer.Mode, answer.SupportRequestId!.Value, answer.Overall, answer.Recommend));
        Assert.Empty(await db.FollowUpTasks.ToListAsync());
    }

    [Fact]
    public async Task Two_submissions_at_once_store_one_answer()
    {
        await using var w = await FeedbackWorld.CreateAsync();
        var (_, _, token) = await InvitedAsync(w);
        var states = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => w.Surveys.SubmitOnlineAsync(token, Good)));
        Assert.Equal(1, states.Count(s => s == SurveyLinkState.Valid));
        await using var db = await w.Dbs.CreateDbContextAsync();
        Assert.Equal(1, await db.SurveyResponses.CountAsync());
    }

    [Fact]
    public async Task An_expired_link_says_so_and_stores_nothing()
    {
        await using var w = await FeedbackWorld.CreateAsync();
        w.Options.SurveyLinkDays = 3;
        var (_, _, token) = await InvitedAsync(w);
        w.Clock.Advance(TimeSpan.FromDays(3).Add(TimeSpan.FromMinutes(1)));

        Assert.Equal(SurveyLinkState.Expired, await w.Surveys.StateAsync(token));
        Assert.Equal(SurveyLinkState.Expired, await w.Surveys.SubmitOnlineAsync(token, Good));
        await using var db = await w.Dbs.CreateDbContextAsync();
        Assert.Equal(0, await db.SurveyResponses.CountAsync());
    }

    [Fact]
    public async Task Staff_record_phone_and_paper_surveys_marked_as_such_and_other_roles_are_refused()
    {
        await using var w = await FeedbackWorld.CreateAsync();
        var b = await w.Intake.NewBeneficiaryAsync();
        var r = await w.SubmittedRequestAsync(b);
        var id = await w.Surveys.RecordOfflineAsync(IntakeWorld.Officer, r, SurveyMode.Phone, Good);
        await w.Surveys.RecordOfflineAsync(IntakeWorld.Manager, null, SurveyMode.Paper, Good);

        foreach (var actor in new[] { IntakeWorld.Researcher, IntakeWorld.Provider, IntakeWorld.Admin, FeedbackWorld.Committee })
        {
            await Assert.ThrowsAsync<ForbiddenException>(() => w.Surveys.RecordOfflineAsync(actor, r, SurveyMode.Phone, Good));
        }
        await Assert.ThrowsAsync<ArgumentException>(() => w.Surveys.RecordOfflineAsync(IntakeWorld.Officer, r, SurveyMode.Online, Good));
        await using var db = await w.Dbs.CreateDbContextAsync();
        var phone = await db.SurveyResponses.AsNoTracking().SingleAsync(x => x.Id == id);
        Assert.Equal((SurveyMode.Phone, IntakeWorld.Officer.UserName, b), (phone.Mode, phone.RecordedByName, phone.BeneficiaryId!.Value));
        Assert.Equal([SurveyMode.Phone, SurveyMode.Paper], await db.SurveyResponses.OrderBy(x => x.Id).Select(x => x.Mode).ToListAsync());
    }

    [Fact]
    public async Task A_low_score_or_a_negative_comment_opens_a_follow_up_that_a_manager_closes()
    {
        await using var w = await FeedbackWorld.CreateAsync();
        var (_, _, t1) = await InvitedAsync(w, 1);
        var (_, _, t2) = await InvitedAsync(w, 2);
        var (_, _, t3) = await InvitedAsync(w, 3);
        await w.Surveys.SubmitOnlineAsync(t1, new SurveyAnswer(new SurveyScores(4, 2, 4, 4, 4, 8), null, false));
        await w.Surveys.SubmitOnlineAsync(t2, new SurveyAnswer(new SurveyScores(4, 4, 4, 4, 4, 8), "الموظف كان مزعجاً والرد تأخر كثيراً", false));
        await w.Surveys.SubmitOnlineAsync(t3, new SurveyAnswer(new SurveyScores(3, 3, 3, 3, 3, 7), "لا بأس", false));

        var open = await w.FollowUps.ListAsync(IntakeWorld.Manager, open: true);
        Assert.Equal([FollowUpReason.NegativeComment, FollowUpReason.LowScore], open.Select(f => f.Reason));
        await Assert.ThrowsAsync<ForbiddenException>(() => w.FollowUps.ListAsync(IntakeWorld.Officer, true));
        await Assert.ThrowsAsync<ForbiddenException>(() => w.FollowUps.CompleteAsync(IntakeWorld.Officer, open[0].Id, "اتصلنا به"));

        await w.FollowUps.CompleteAsync(IntakeWorld.Manager, open[1].Id, "اتصل المدير بالمستفيد واعتذر وراجع الإجراء مع الموظف");
        var done = Assert.Single(await w.FollowUps.ListAsync(IntakeWorld.Manager, open: false));
        Assert.Equal((IntakeWorld.Manager.UserName, "اتصل المدير بالمستفيد واعتذر وراجع الإجراء مع الموظف"), (done.DoneByName, done.ActionTaken));
        Assert.Single(await w.FollowUps.ListAsync(IntakeWorld.Manager, open: true));
    }

    [Fact]
    public async Task The_threshold_is_configurable()
    {
        Assert.Null(SurveyService.FollowUpRule(3, null, new FeedbackOptions { FollowUpThreshold = 2 }));
        Assert.Equal(FollowUpReason.LowScore, SurveyService.FollowUpRule(3, null, new FeedbackOptions { FollowUpThreshold = 3 }));
        Assert.Equal(FollowUpReason.NegativeComment, SurveyService.FollowUpRule(5, "The staff were RUDE", new FeedbackOptions()));
    }
}
