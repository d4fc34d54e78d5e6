using HopeCase.Core.Contacts;
using HopeCase.Core.Saudi;

namespace HopeCase.Core.Beneficiaries;

/// <summary>Everything on the file besides the name and the ID.</summary>
public sealed record BeneficiaryDetails(
    DateOnly? IdExpiry, string Nationality, Gender Gender, DateOnly BirthDate, SaudiMobile? Mobile, string? Email,
    string Region, string Governorate, string? Address, MaritalStatus? MaritalStatus, int? HouseholdSize,
    IncomeBracket? Income, ContactChannel PreferredChannel);
