namespace HopeCase.Core.Letters;

/// <summary>Where a printed letter is in the post.</summary>
public enum MailStatus
{
    Waiting = 0,
    Printed = 1,
    Mailed = 2,
    Returned = 3,
}
