using Hangfire;
using HopeCase.Core.Letters;

namespace HopeCase.Web.Features.Letters;

/// <summary>
/// The letter port's implementation: every letter a move implies (receipt, decision, withdrawal) and the minutes go
/// through the job, once per key. Only the key is stored in Hangfire; the job rebuilds the content from the database.
/// </summary>
internal sealed class HangfireLetterQueue(IBackgroundJobClient jobs) : ILetterQueue
{
    public void Enqueue(string idempotencyKey, LetterContent content) => IssueLetterJob.Enqueue(jobs, idempotencyKey);
}
