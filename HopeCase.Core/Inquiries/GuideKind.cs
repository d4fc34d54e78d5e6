namespace HopeCase.Core.Inquiries;

/// <summary>The relations officer's four tools (P-5), in the policy's order.</summary>
public enum GuideKind
{
    Bylaws = 1,
    SocialResearchGuide = 2,
    SupportPolicyGuide = 3,
    SupportRequestForm = 4,
}
