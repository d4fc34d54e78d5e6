using Hangfire;
using HopeCase.Core.Letters;
using HopeCase.Core.LiveUpdates;
using HopeCase.Core.Security;

namespace HopeCase.Web.Features.Letters;

/// <summary>
/// Issues a letter in the background (e.g. when the committee records a decision). Its only argument is the letter's
/// key: the content (names, addresses) is rebuilt from the database by <see cref="LetterSource"/> when the job runs, so
/// the job storage and /jobs never hold personal data. Runs at most once per key: a retry or a second run finds the
/// letter already in the register. Failures throw, so Hangfire retries them and the Admin sees them on the letters page and in /jobs.
/// </summary>
public sealed class IssueLetterJob(LetterService letters, LetterSource source, LetterRegister register, ChangeNotifier notifier, ILogger<IssueLetterJob> log)
{
    [AutomaticRetry(Attempts = 5)]
    [JobDisplayName("Issue letter {0}")]
    public async Task<int> RunAsync(string idempotencyKey, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(idempotencyKey);
        if (await register.FindByKeyAsync(idempotencyKey, ct) is { } existing)
        {
            return existing.Id;
        }
        return await IssueAsync(idempotencyKey, await source.BuildAsync(idempotencyKey, ct), ct);
    }

    /// <summary>Issues <paramref name="content"/> under <paramref name="idempotencyKey"/>, once however often it is called.</summary>
    public async Task<int> IssueAsync(string idempotencyKey, LetterContent content, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        var letter = await letters.IssueAsync(Actor.System, content with { IdempotencyKey = idempotencyKey }, ct);
        log.LogInformation("Letter {Number} issued for {Key}", letter.Number, idempotencyKey);
        await notifier.PublishAsync(ChangeTopic.Letters);
        return letter.Id;
    }

    /// <summary>Queues the letter by its key alone. The key names the effect, e.g. "decision:42:letter".</summary>
    public static string Enqueue(IBackgroundJobClient jobs, string idempotencyKey)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        return jobs.Enqueue<IssueLetterJob>(j => j.RunAsync(idempotencyKey, CancellationToken.None));
    }
}
