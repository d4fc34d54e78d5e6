namespace HopeCase.Core.Feedback;

public enum FeedbackCategory
{
    Service = 1,
    StaffConduct = 2,
    Procedures = 3,
    Waiting = 4,
    Communication = 5,
    Facilities = 6,
    Other = 7,
}
