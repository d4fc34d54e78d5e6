namespace HopeCase.Core.Registration;

/// <summary>The registration checklist (P-6.6). Numbers are stored: never renumber.</summary>
public enum ChecklistItem
{
    IdentityConfirmed = 1,
    ContactConfirmed = 2,
    ConsentSigned = 3,
    ServicesExplained = 4,
}
