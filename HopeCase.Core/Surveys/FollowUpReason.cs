namespace HopeCase.Core.Surveys;

public enum FollowUpReason
{
    LowScore = 1,
    NegativeComment = 2,
    LowScoreAndComment = 3,
}
