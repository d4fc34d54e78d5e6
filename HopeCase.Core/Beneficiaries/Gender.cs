namespace HopeCase.Core.Beneficiaries;

public enum Gender
{
    Male = 1,
    Female = 2,
}
