using Hangfire;
using HopeCase.Core.Letters;

namespace HopeCase.Web.Features.Letters;

/// <summary>Decision letters and minutes go through the letters feature's job, once per key.</summary>
internal sealed class HangfireLetterQueue(IBackgroundJobClient jobs) : ILetterQueue
{
    public void Enqueue(string idempotencyKey, LetterContent content) => IssueLetterJob.Enqueue(jobs, idempotencyKey, content);
}
