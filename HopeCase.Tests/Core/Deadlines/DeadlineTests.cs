using HopeCase.Core.Committee;
using HopeCase.Core.Deadlines;
using HopeCase.Tests.Support;

namespace HopeCase.Tests.Core.Deadlines;

/// <summary>The two-week window (P-6.5): reminders at day 7 and 11, escalation at 14 and daily after, each exactly once.</summary>
[Collection(HangfireCoreCollection.Name)]
public sealed class DeadlineTests
{
    private static async Task<int> SitFifteenDaysAsync(ResearchWorld w, Func<Task> sweep)
    {
        var id = await w.SubmittedAsync();
        await w.Research.AssignAsync(IntakeWorld.Manager, id, ResearchWorld.Researcher.UserId!);
        w.Intake.Clock.Advance(TimeSpan.FromHours(12));
        // Fifteen days, swept each day: the last sweep is on the fifteenth day (14 days 12 hours after submission).
        for (var day = 1; day <= 15; day++)
        {
            await sweep();
            if (day < 15)
            {
                w.Intake.Clock.Advance(TimeSpan.FromDays(1));
            }
        }
        await sweep();
        return id;
    }

    [Fact]
    public async Task A_request_sitting_fifteen_days_gets_one_reminder_of_each_kind_and_one_escalation_then_one_a_day()
    {
        await using var w = await ResearchWorld.CreateAsync();
        var id = await SitFifteenDaysAsync(w, () => w.Deadlines.SweepAsync());
        var sent = await w.NotificationsAsync(id);
        DeadlineAssert.OneOfEach(sent);
        var r = await w.RequestAsync(id);
        var start = r.SubmittedAt!.Value;
        Assert.Equal(start.AddDays(7), sent.Single(n => n.Kind == NotificationKind.ResearchReminder).CreatedAt, TimeSpan.FromDays(1));

        w.Intake.Clock.Advance(TimeSpan.FromDays(1));
        await w.Deadlines.SweepAsync();
        await w.Deadlines.SweepAsync();
        var escalations = (await w.NotificationsAsync(id)).Where(n => n.Kind == NotificationKind.Escalation).ToList();
        Assert.Equal([14, 15], escalations.Select(e => e.Day));
    }

    [Fact]
    public async Task The_sweep_only_touches_requests_whose_threshold_has_passed_and_a_decided_request_gets_nothing_more()
    {
        await using var w = await ResearchWorld.CreateAsync();
        var id = await w.AwaitingCommitteeAsync();
        w.Intake.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, (await w.Deadlines.SweepAsync()).Examined);
        Assert.Equal(0, (await w.Deadlines.SweepAsync()).Examined);
        w.Intake.Clock.Advance(TimeSpan.FromDays(7));
        var result = await w.Deadlines.SweepAsync();
        Assert.Equal((1, 1), (result.Examined, result.Sent));

        var session = await w.SessionWithAgendaAsync();
        var item = await w.ItemOfAsync(session, id);
        await w.VoteAllAsync(item, DecisionKind.Accepted);
        await w.Committee.DecideAsync(ResearchWorld.Chair, item, new DecisionInput(DecisionKind.Accepted, "إرشاد نفسي", SessionCount: 8, DurationMonths: 3));
        w.Intake.Clock.Advance(TimeSpan.FromDays(20));
        await w.Deadlines.SweepAsync();
        Assert.Single(await w.NotificationsAsync(id), n => n.Key.StartsWith("deadline:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_critical_request_has_the_short_window_and_is_escalated_after_one_day()
    {
        await using var w = await ResearchWorld.CreateAsync();
        var id = await w.SubmittedAsync(critical: true);
        var r = await w.RequestAsync(id);
        Assert.Equal(r.SubmittedAt!.Value.AddDays(w.Intake.Policy.CriticalWindowDays), r.DueAt);
        w.Intake.Clock.Advance(TimeSpan.FromHours(25));
        await w.Deadlines.SweepAsync();
        var sent = await w.NotificationsAsync(id);
        Assert.Single(sent, n => n.Kind == NotificationKind.Escalation);
        Assert.Single(sent, n => n.Kind == NotificationKind.ResearchReminder && n.RecipientRole == HopeCase.Core.Staff.Roles.ResearchOfficer);
    }

    [Fact]
    public async Task Two_nodes_sweeping_at_the_same_moment_send_each_reminder_and_each_outbox_copy_exactly_once()
    {
        await using var w = await ResearchWorld.CreateAsync();
        await new ReminderChannelsService(w.Intake.Dbs, w.Intake.Audit, w.Intake.Clock).SetAsync(IntakeWorld.Manager, byEmail: true, bySms: false);
        var ids = new List<int>();
        for (var n = 1; n <= 6; n++)
        {
            ids.Add(await w.SubmittedAsync(n));
        }
        // Past day 14 with nothing swept: each request is due its two reminders and the escalation, in one sweep.
        w.Intake.Clock.Advance(TimeSpan.FromDays(14.5));
        var policy = Microsoft.Extensions.Options.Options.Create(w.Intake.Policy);
        var nodes = Enumerable.Range(0, 2).Select(_ => new DeadlineService(w.Intake.Dbs, w.Intake.Clock, policy, w.Intake.Notifier) { BatchSize = 4 }).ToList();
        var results = await Task.WhenAll(nodes.Select(n => Task.Run(() => n.SweepAsync())));

        Assert.Equal(ids.Count * 3, results.Sum(r => r.Sent));
        foreach (var id in ids)
        {
            var kinds = (await w.NotificationsAsync(id)).Where(n => n.Key.StartsWith("deadline:", StringComparison.Ordinal)).Select(n => n.Kind).Order();
            Assert.Equal([NotificationKind.ResearchReminder, NotificationKind.ChairReminder, NotificationKind.Escalation], kinds);
        }
        await using var read = await w.Intake.Dbs.CreateDbContextAsync();
        var copies = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            read.Outbox.Where(m => m.Kind == HopeCase.Core.Messaging.MessageKind.StaffReminder && m.To == "u-man@hope.test"));
        Assert.Equal(ids.Count, copies.Count);
        Assert.Equal(ids.Count, copies.Select(m => m.IdempotencyKey).Distinct().Count());
        // The next check moved past the escalation for every request: a sweep at the same instant finds nothing.
        Assert.Equal(0, (await w.Deadlines.SweepAsync()).Examined);
    }
}
