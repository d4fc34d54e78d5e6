using System.Collections.Concurrent;
using HopeCase.Core.Letters;

namespace HopeCase.Tests.Support;

/// <summary>The letter port as Core tests see it: remembers every letter asked for, in order, and issues none.</summary>
public sealed class RecordingLetterQueue : ILetterQueue
{
    private readonly ConcurrentQueue<(string Key, LetterContent Content)> _queued = new();

    public IReadOnlyList<(string Key, LetterContent Content)> Queued => _queued.ToList();

    public IReadOnlyList<(string Key, LetterContent Content)> About(int requestId) =>
        Queued.Where(q => q.Content.SubjectType == "SupportRequest" && q.Content.SubjectId == requestId.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();

    public void Enqueue(string idempotencyKey, LetterContent content) => _queued.Enqueue((idempotencyKey, content));
}
