namespace HopeCase.Core.Letters;

/// <summary>
/// The one port through which the letters a request's moves imply are issued: in the background, at most once per
/// key (the web host queues an IssueLetterJob in Hangfire). Callers enqueue only after the move has been saved, so a
/// move that rolled back never has a letter. The queue keeps only the key: the job rebuilds the same content from the
/// database (<see cref="LetterSource"/>), so no personal data sits in the job storage; <c>content</c> is what it will print.
/// </summary>
public interface ILetterQueue
{
    void Enqueue(string idempotencyKey, LetterContent content);
}
