namespace HopeCase.Core.Feedback;

public sealed class ImprovementLink
{
    public int ImprovementActionId { get; set; }
    public int FeedbackItemId { get; set; }
}
