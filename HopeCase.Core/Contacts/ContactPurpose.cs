namespace HopeCase.Core.Contacts;

public enum ContactPurpose
{
    Inquiry = 1,
    SupportRequest = 2,
    FollowUp = 3,
    Complaint = 4,
    Suggestion = 5,
}
