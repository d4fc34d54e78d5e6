namespace HopeCase.Core.Beneficiaries;

public enum MaritalStatus
{
    Unmarried = 1,
    Married = 2,
    Divorced = 3,
    Widowed = 4,
}
