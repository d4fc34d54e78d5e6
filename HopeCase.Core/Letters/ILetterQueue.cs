namespace HopeCase.Core.Letters;

/// <summary>Issues a letter in the background, at most once per key (the web host queues an IssueLetterJob in Hangfire).</summary>
public interface ILetterQueue
{
    void Enqueue(string idempotencyKey, LetterContent content);
}
