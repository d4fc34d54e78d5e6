namespace HopeCase.Core.Feedback;

public enum FeedbackStatus
{
    Open = 0,
    Answered = 1,
}
