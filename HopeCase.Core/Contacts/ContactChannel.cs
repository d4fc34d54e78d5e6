namespace HopeCase.Core.Contacts;

/// <summary>The eight channels of P-4, in the policy's order.</summary>
public enum ContactChannel
{
    Interview = 1,
    Phone = 2,
    SocialMedia = 3,
    Letter = 4,
    HelpRequestServices = 5,
    Volunteering = 6,
    Website = 7,
    BranchRepresentative = 8,
}
