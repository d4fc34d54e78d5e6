using Hangfire;
using HopeCase.Core.Committee;
using HopeCase.Core.Deadlines;
using HopeCase.Core.Requests;
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

    private static void AssertOneOfEach(List<StaffNotification> sent)
    {
        var deadline = sent.Where(n => n.Key.StartsWith("deadline:", StringComparison.Ordinal)).ToList();
        var research = Assert.Single(deadline, n => n.Kind == NotificationKind.ResearchReminder);
        Assert.Equal(ResearchWorld.Researcher.UserId, research.RecipientUserId);
        Assert.Equal(7, research.Day);
        var chair = Assert.Single(deadline, n => n.Kind == NotificationKind.ChairReminder);
        Assert.Equal(11, chair.Day);
        var escalation = Assert.Single(deadline, n => n.Kind == NotificationKind.Escalation);
        Assert.Equal(HopeCase.Core.Staff.Roles.Manager, escalation.RecipientRole);
        Assert.Equal(14, escalation.Day);
        Assert.Equal(3, deadline.Count);
    }

    [Fact]
    public async Task A_request_sitting_fifteen_days_gets_one_reminder_of_each_kind_and_one_escalation_then_one_a_day()
    {
        await using var w = await ResearchWorld.CreateAsync();
        var id = await SitFifteenDaysAsync(w, () => w.Deadlines.SweepAsync());
        var sent = await w.NotificationsAsync(id);
        AssertOneOfEach(sent);
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

    /// <summary>The sweep run by a real Hangfire server on SQLite storage; the server is stopped and a new one started between runs.</summary>
    [Fact]
    public async Task Restarting_the_job_server_between_runs_sends_nothing_twice()
    {
        await using var w = await ResearchWorld.CreateAsync();
        var job = new DeadlineJob(w.Deadlines, w.Scheduler);

        async Task RunOnFreshServerAsync()
        {
            using var server = new BackgroundJobServer(new BackgroundJobServerOptions
            {
                Activator = new OneJobActivator(job),
                WorkerCount = 1,
                SchedulePollingInterval = TimeSpan.FromMilliseconds(200),
                ServerName = "test-" + Guid.NewGuid().ToString("N")[..6],
            }, w.JobStorage);
            var jobId = w.Jobs.Enqueue<DeadlineJob>(j => j.SweepAsync(CancellationToken.None));
            await WaitSucceededAsync(w.JobStorage, jobId);
            server.SendStop();
        }

        var id = await w.SubmittedAsync();
        await w.Research.AssignAsync(IntakeWorld.Manager, id, ResearchWorld.Researcher.UserId!);
        // Day 8, day 12 and twice on day 15, each run on a job server started for it and stopped after it.
        foreach (var step in new[] { 7.5, 4, 3, 0 })
        {
            w.Intake.Clock.Advance(TimeSpan.FromDays(step));
            await RunOnFreshServerAsync();
        }
        AssertOneOfEach(await w.NotificationsAsync(id));

        // The request's own scheduled check, run by yet another server, also adds nothing new.
        using (var server = new BackgroundJobServer(new BackgroundJobServerOptions { Activator = new OneJobActivator(job), WorkerCount = 1 }, w.JobStorage))
        {
            var check = w.Jobs.Enqueue<DeadlineJob>(j => j.CheckAsync(id, CancellationToken.None));
            await WaitSucceededAsync(w.JobStorage, check);
        }
        AssertOneOfEach(await w.NotificationsAsync(id));
    }

    [Fact]
    public async Task Assignment_schedules_the_requests_own_check_in_hangfire()
    {
        await using var w = await ResearchWorld.CreateAsync();
        var id = await w.SubmittedAsync();
        await w.Research.AssignAsync(IntakeWorld.Manager, id, ResearchWorld.Researcher.UserId!);
        var scheduled = w.JobStorage.GetMonitoringApi().ScheduledJobs(0, 100);
        var mine = Assert.Single(scheduled, j => j.Value.Job.Method.Name == nameof(DeadlineJob.CheckAsync));
        Assert.Equal(id, (int)mine.Value.Job.Args[0]);
        // Due seven days from now (the research officer's reminder), measured on the real clock Hangfire uses.
        Assert.InRange(mine.Value.EnqueueAt - DateTime.UtcNow, TimeSpan.FromDays(6.9), TimeSpan.FromDays(7.01));
    }

    [Fact]
    public async Task NeedsInfo_pauses_the_clock_and_moves_the_due_date_by_the_time_waited()
    {
        await using var w = await ResearchWorld.CreateAsync();
        var id = await w.AwaitingCommitteeAsync();
        var due = (await w.RequestAsync(id)).DueAt!.Value;
        w.Intake.Clock.Advance(TimeSpan.FromDays(3));
        var session = await w.SessionWithAgendaAsync();
        var item = await w.ItemOfAsync(session, id);
        await w.VoteAllAsync(item, DecisionKind.NeedsInfo);
        await w.Committee.DecideAsync(ResearchWorld.Chair, item, new DecisionInput(DecisionKind.NeedsInfo, MissingInfo: "تقرير طبي حديث"));
        var paused = await w.RequestAsync(id);
        Assert.Equal(RequestStatus.NeedsInfo, paused.Status);
        Assert.NotNull(paused.PausedSince);

        // Ten days waiting on the beneficiary: no reminders, days left frozen.
        w.Intake.Clock.Advance(TimeSpan.FromDays(10));
        await w.Deadlines.SweepAsync();
        Assert.DoesNotContain(await w.NotificationsAsync(id), n => n.Key.StartsWith("deadline:", StringComparison.Ordinal));
        var open = await w.Queues.OpenAsync(IntakeWorld.Manager);
        Assert.Equal(11, open.Single(r => r.Id == id).DaysLeft!.Value, 3);

        await w.Research.InfoReceivedAsync(ResearchWorld.Researcher, id, "وصل التقرير الطبي");
        var resumed = await w.RequestAsync(id);
        Assert.Equal(due.AddDays(10), resumed.DueAt);
        Assert.Null(resumed.PausedSince);
        Assert.Equal(RequestStatus.UnderStudy, resumed.Status);

        // Day 7 of the running clock is calendar day 17: nothing on day 16, the reminder on day 17.
        w.Intake.Clock.Advance(TimeSpan.FromDays(4) - TimeSpan.FromHours(1));
        await w.Deadlines.SweepAsync();
        Assert.DoesNotContain(await w.NotificationsAsync(id), n => n.Kind == NotificationKind.ResearchReminder);
        w.Intake.Clock.Advance(TimeSpan.FromHours(2));
        await w.Deadlines.SweepAsync();
        Assert.Single(await w.NotificationsAsync(id), n => n.Kind == NotificationKind.ResearchReminder);
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

    private static async Task WaitSucceededAsync(JobStorage storage, string jobId)
    {
        var finished = await Eventually.UntilAsync(() =>
        {
            using var connection = storage.GetConnection();
            var state = connection.GetStateData(jobId)?.Name;
            Assert.NotEqual("Failed", state);
            return state == "Succeeded";
        }, TimeSpan.FromSeconds(30));
        Assert.True(finished, $"Job {jobId} did not finish.");
    }

    private sealed class OneJobActivator(DeadlineJob job) : JobActivator
    {
        public override object ActivateJob(Type jobType) => jobType == typeof(DeadlineJob) ? job : base.ActivateJob(jobType);
    }
}
