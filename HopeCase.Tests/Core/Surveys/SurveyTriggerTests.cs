using HopeCase.Core.Dashboard;
using HopeCase.Core.LiveUpdates;
using HopeCase.Core.Messaging;
using HopeCase.Core.Requests;
using HopeCase.Core.Surveys;
using HopeCase.Tests.Support;
using HopeCase.Web.Features.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace HopeCase.Tests.Core.Surveys;

/// <summary>Issue 14 item 8: the invitation goes out on its trigger, once per beneficiary per day (latest wins), as an https link; staff answers counted apart.</summary>
public sealed class SurveyTriggerTests
{
    private static readonly SurveyAnswer Good = new(new SurveyScores(5, 5, 4, 4, 5, 10), null, false);

    [Fact]
    public async Task The_letter_issued_sends_the_invitation_at_once_without_the_sweep()
    {
        await using var w = await FeedbackWorld.CreateAsync();
        var listener = new SurveyTriggerListener(w.Intake.Notifier, w.Inviter, NullLogger<SurveyTriggerListener>.Instance);
        await listener.StartAsync(CancellationToken.None);
        var b = await w.Intake.NewBeneficiaryAsync();
        var r = await w.SubmittedRequestAsync(b);
        await w.DecideAsync(r);
        await SurveyTests.IssueDecisionLetterAsync(w, b, r);
        await w.Intake.Notifier.PublishAsync(ChangeTopic.Requests);
        await using (var db = await w.Dbs.CreateDbContextAsync())
        {
            Assert.Equal(0, await db.SurveyInvitations.CountAsync());
        }

        // The letter job publishes Letters once the letter is issued: the invitation is there when that returns.
        await w.Intake.Notifier.PublishAsync(ChangeTopic.Letters);
        await using (var db = await w.Dbs.CreateDbContextAsync())
        {
            var invitation = await db.SurveyInvitations.SingleAsync();
            Assert.Equal((r, SurveyTrigger.DecisionLetter), (invitation.SupportRequestId, invitation.Trigger));
        }

        // The service closed (CloseAsync publishes Services) the next day: its own invitation at once.
        w.Clock.Advance(TimeSpan.FromDays(1));
        await w.MoveAsync(r, (RequestTrigger.Register, IntakeWorld.Officer), (RequestTrigger.StartService, IntakeWorld.Provider), (RequestTrigger.Close, IntakeWorld.Provider));
        await w.Intake.Notifier.PublishAsync(ChangeTopic.Services);
        await listener.StopAsync(CancellationToken.None);
        await using (var db = await w.Dbs.CreateDbContextAsync())
        {
            Assert.Equal([SurveyTrigger.DecisionLetter, SurveyTrigger.ServiceClosed], await db.SurveyInvitations.OrderBy(i => i.Id).Select(i => i.Trigger).ToListAsync());
        }
    }

    [Fact]
    public async Task Two_triggers_on_one_day_leave_one_live_invitation_the_latest_and_after_an_answer_none()
    {
        await using var w = await FeedbackWorld.CreateAsync();
        var (b, r, firstToken) = await SurveyTests.InvitedAsync(w);
        w.Clock.Advance(TimeSpan.FromHours(2));
        await w.MoveAsync(r, (RequestTrigger.Register, IntakeWorld.Officer), (RequestTrigger.StartService, IntakeWorld.Provider), (RequestTrigger.Close, IntakeWorld.Provider));
        Assert.Equal(1, await w.Inviter.InviteDueAsync());

        await using (var db = await w.Dbs.CreateDbContextAsync())
        {
            var all = await db.SurveyInvitations.AsNoTracking().OrderBy(i => i.Id).ToListAsync();
            Assert.Equal(2, all.Count);
            Assert.True(all[0].ExpiresAt <= w.Clock.GetUtcNow(), "the earlier link stops working");
            Assert.True(all[1].ExpiresAt > w.Clock.GetUtcNow());
            Assert.Equal(SurveyTrigger.ServiceClosed, all[1].Trigger);
            var first = await db.Outbox.AsNoTracking().Where(m => m.IdempotencyKey.StartsWith($"survey:{r}:DecisionLetter:")).ToListAsync();
            Assert.All(first, m => Assert.Equal(MessageStatus.Suppressed, m.Status));
            Assert.All(all, i => Assert.Equal(b, i.BeneficiaryId));
        }
        Assert.Equal(SurveyLinkState.Expired, await w.Surveys.StateAsync(firstToken));

        // The next day, a second request of the same beneficiary is decided, answered, then a third trigger the same day: none.
        w.Clock.Advance(TimeSpan.FromDays(1));
        var r2 = await w.SubmittedRequestAsync(b);
        await w.DecideAsync(r2);
        await SurveyTests.IssueDecisionLetterAsync(w, b, r2);
        Assert.Equal(1, await w.Inviter.InviteDueAsync());
        await w.Surveys.SubmitOnlineAsync(await w.OnlyTokenAsync(r2, SurveyTrigger.DecisionLetter), Good);
        w.Clock.Advance(TimeSpan.FromHours(1));
        await w.MoveAsync(r2, (RequestTrigger.Register, IntakeWorld.Officer), (RequestTrigger.StartService, IntakeWorld.Provider), (RequestTrigger.Close, IntakeWorld.Provider));
        Assert.Equal(0, await w.Inviter.InviteDueAsync());
    }

    [Fact]
    public async Task The_link_is_absolute_https_even_when_the_setting_is_a_bare_host_or_http()
    {
        foreach (var setting in new[] { "hope.example", "http://hope.example/" })
        {
            await using var w = await FeedbackWorld.CreateAsync();
            w.Options.PublicBaseUrl = setting;
            var (_, r, _) = await SurveyTests.InvitedAsync(w);
            await using var db = await w.Dbs.CreateDbContextAsync();
            var body = await db.Outbox.Where(m => m.IdempotencyKey.StartsWith($"survey:{r}:")).Select(m => m.Body).FirstAsync();
            Assert.Contains("https://hope.example/survey/", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_dashboard_counts_staff_recorded_answers_apart_from_the_response_rate_and_per_provider()
    {
        await using var w = await FeedbackWorld.CreateAsync();
        var (_, r, token) = await SurveyTests.InvitedAsync(w);
        await w.Surveys.SubmitOnlineAsync(token, Good);
        await w.Surveys.RecordOfflineAsync(IntakeWorld.Officer, r, SurveyMode.Phone, Good);
        await w.Surveys.RecordOfflineAsync(IntakeWorld.Officer, null, SurveyMode.Paper, Good);
        var today = HopeCase.Core.Saudi.SaudiTime.LocalDate(w.Clock.GetUtcNow());
        var d = await w.Dashboard.BuildAsync(IntakeWorld.Manager, new DashboardPeriod(today.AddDays(-1), today.AddDays(1)));
        Assert.Equal((1, 1, 100.0), (d.Invitations, d.InvitationsAnswered, d.ResponseRatePercent));
        Assert.Equal((3, 1, 2), (d.Overall.Responses, d.BeneficiaryAnswers, d.StaffRecordedAnswers));
    }
}
