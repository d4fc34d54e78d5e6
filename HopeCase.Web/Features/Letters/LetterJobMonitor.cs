using Hangfire;

namespace HopeCase.Web.Features.Letters;

public sealed record LetterJobView(string JobId, string State, string? Key, DateTime? At, string? Error);

/// <summary>Letter jobs that have not (yet) produced their letter: failed, waiting for a retry, or queued. For the Admin.</summary>
public sealed class LetterJobMonitor(JobStorage storage)
{
    public IReadOnlyList<LetterJobView> Pending()
    {
        var api = storage.GetMonitoringApi();
        static bool IsLetter(Hangfire.Common.Job? job) => job?.Type == typeof(IssueLetterJob);
        static string? Key(Hangfire.Common.Job? job) => job?.Args.Count > 0 ? job.Args[0] as string : null;
        var rows = new List<LetterJobView>();
        rows.AddRange(api.FailedJobs(0, 100).Where(j => IsLetter(j.Value.Job))
            .Select(j => new LetterJobView(j.Key, "Failed", Key(j.Value.Job), j.Value.FailedAt, j.Value.ExceptionMessage)));
        rows.AddRange(api.ScheduledJobs(0, 100).Where(j => IsLetter(j.Value.Job))
            .Select(j => new LetterJobView(j.Key, "Retrying", Key(j.Value.Job), j.Value.EnqueueAt, null)));
        rows.AddRange(api.EnqueuedJobs("default", 0, 100).Where(j => IsLetter(j.Value.Job))
            .Select(j => new LetterJobView(j.Key, "Enqueued", Key(j.Value.Job), j.Value.EnqueuedAt, null)));
        rows.AddRange(api.ProcessingJobs(0, 100).Where(j => IsLetter(j.Value.Job))
            .Select(j => new LetterJobView(j.Key, "Processing", Key(j.Value.Job), j.Value.StartedAt, null)));
        return rows;
    }
}
