namespace HopeCase.Core.Contacts;

/// <summary>Who reached the association on the volunteering channel (P-1, P-4.6).</summary>
public enum SupporterKind
{
    Volunteer = 1,
    Supporter = 2,
}
