using HopeCase.Core.Contacts;

namespace HopeCase.Core.Beneficiaries;

/// <summary>What an officer (or the public form) gives for a beneficiary's file.</summary>
public sealed record BeneficiaryInput(
    ArabicName Name, string? LatinName, string NationalId, DateOnly? IdExpiry, string Nationality, Gender Gender,
    DateOnly BirthDate, string? Mobile, string? Email, string Region, string Governorate, string? Address,
    MaritalStatus? MaritalStatus, int? HouseholdSize, IncomeBracket? Income, ContactChannel PreferredChannel,
    bool ConsentSms, bool ConsentEmail);
