namespace HopeCase.Core.Surveys;

/// <summary>Closing the loop (P-3.9): a low score or a negative comment, for a manager to act on and record what was done.</summary>
public sealed class FollowUpTask
{
    private FollowUpTask()
    {
    }

    public FollowUpTask(int surveyResponseId, FollowUpReason reason, DateTimeOffset at)
    {
        (SurveyResponseId, Reason, CreatedAt) = (surveyResponseId, reason, at);
    }

    public int Id { get; private set; }
    public int SurveyResponseId { get; private set; }
    public FollowUpReason Reason { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public string? ActionTaken { get; private set; }
    public DateTimeOffset? DoneAt { get; private set; }
    public string? DoneById { get; private set; }
    public string? DoneByName { get; private set; }

    public void Complete(string action, DateTimeOffset at, string? byId, string? byName)
    {
        if (DoneAt is not null)
        {
            throw new InvalidOperationException("This follow-up is already closed.");
        }
        (ActionTaken, DoneAt, DoneById, DoneByName) = (action.Trim(), at, byId, byName);
    }
}
