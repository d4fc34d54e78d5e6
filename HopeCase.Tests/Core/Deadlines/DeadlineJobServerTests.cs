using Hangfire;
using HopeCase.Core.Deadlines;
using HopeCase.Tests.Support;

namespace HopeCase.Tests.Core.Deadlines;

/// <summary>The deadline sweep and each request's own check, run by real Hangfire servers on SQLite storage.</summary>
[Collection(HangfireCoreCollection.Name)]
public sealed class DeadlineJobServerTests
{
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
        DeadlineAssert.OneOfEach(await w.NotificationsAsync(id));

        // The request's own scheduled check, run by yet another server, also adds nothing new.
        using (var server = new BackgroundJobServer(new BackgroundJobServerOptions { Activator = new OneJobActivator(job), WorkerCount = 1 }, w.JobStorage))
        {
            var check = w.Jobs.Enqueue<DeadlineJob>(j => j.CheckAsync(id, CancellationToken.None));
            await WaitSucceededAsync(w.JobStorage, check);
        }
        DeadlineAssert.OneOfEach(await w.NotificationsAsync(id));
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
