namespace HopeCase.Core.DataExchange;

/// <summary>The columns of the beneficiaries' template, in its order.</summary>
public enum ImportField
{
    FirstName,
    FatherName,
    GrandfatherName,
    FamilyName,
    LatinName,
    NationalId,
    Gender,
    BirthDate,
    Mobile,
    Email,
    Region,
    Governorate,
    Address,
}
