namespace HopeCase.Core.Saudi;

public enum IdentityKind
{
    Citizen = 1,
    Resident = 2,
}
