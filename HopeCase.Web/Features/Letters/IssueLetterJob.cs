using Hangfire;
using HopeCase.Core.Letters;
using HopeCase.Core.LiveUpdates;
using HopeCase.Core.Security;

namespace HopeCase.Web.Features.Letters;

/// <summary>
/// Issues a letter in the background (e.g. when the committee records a decision). Runs at most once per
/// <see cref="LetterContent.IdempotencyKey"/>: a retry or a second run finds the letter already in the register.
/// Failures throw, so Hangfire retries them and the Admin sees them on the letters page and in /jobs.
/// </summary>
public sealed class IssueLetterJob(LetterService letters, ChangeNotifier notifier, ILogger<IssueLetterJob> log)
{
    [AutomaticRetry(Attempts = 5)]
    [JobDisplayName("Issue letter {0}")]
    public async Task<int> RunAsync(string idempotencyKey, LetterContent content, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        var letter = await letters.IssueAsync(Actor.System, content with { IdempotencyKey = idempotencyKey }, ct);
        log.LogInformation("Letter {Number} issued for {Key}", letter.Number, idempotencyKey);
        await notifier.PublishAsync(ChangeTopic.Letters);
        return letter.Id;
    }

    /// <summary>Queues the letter. The key names the effect, e.g. "decision:42:letter".</summary>
    public static string Enqueue(IBackgroundJobClient jobs, string idempotencyKey, LetterContent content)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        return jobs.Enqueue<IssueLetterJob>(j => j.RunAsync(idempotencyKey, content, CancellationToken.None));
    }
}
