using Hangfire;
using Hangfire.Storage;
using HopeCase.Core.Deadlines;
using HopeCase.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HopeCase.Tests.Web.Hosting;

/// <summary>The app registers its recurring jobs in the real Hangfire storage, and each one runs to success on the job server.</summary>
[Collection(HangfireCoreCollection.Name)]
public sealed class RecurringJobsTests
{
    [Fact]
    public async Task Every_recurring_job_is_registered_and_runs_to_success()
    {
        await using var app = new HopeAppFactory();
        var storage = app.Services.GetRequiredService<JobStorage>();
        string[] expected = ["outbox-send", "survey-invitations", "feedback-deadlines", DeadlineJob.RecurringId];
        using (var connection = storage.GetConnection())
        {
            Assert.Subset(connection.GetRecurringJobs().Select(j => j.Id).ToHashSet(), expected.ToHashSet());
        }

        var manager = app.Services.GetRequiredService<IRecurringJobManagerV2>();
        var started = expected.ToDictionary(id => id, id => manager.TriggerJob(id));
        var monitoring = storage.GetMonitoringApi();
        foreach (var (name, jobId) in started)
        {
            Assert.False(string.IsNullOrEmpty(jobId), $"{name} was not triggered");
            string? state = null;
            await Eventually.UntilAsync(() => (state = monitoring.JobDetails(jobId)?.History.FirstOrDefault()?.StateName) is "Succeeded" or "Failed", TimeSpan.FromSeconds(30));
            Assert.True(state == "Succeeded", $"{name} ended as {state ?? "nothing"}");
        }
    }
}
