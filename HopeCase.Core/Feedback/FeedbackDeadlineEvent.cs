namespace HopeCase.Core.Feedback;

/// <summary>A reminder or an escalation that happened, once per (item, threshold).</summary>
public sealed class FeedbackDeadlineEvent
{
    private FeedbackDeadlineEvent()
    {
    }

    public FeedbackDeadlineEvent(int itemId, FeedbackThreshold threshold, DateTimeOffset at, string? notifiedName)
    {
        (FeedbackItemId, Threshold, At, NotifiedName) = (itemId, threshold, at, notifiedName);
    }

    public int Id { get; private set; }
    public int FeedbackItemId { get; private set; }
    public FeedbackThreshold Threshold { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string? NotifiedName { get; private set; }
}
