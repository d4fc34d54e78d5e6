using HopeCase.Core.Security;

namespace HopeCase.Core.Beneficiaries;

[PersonalData]
public sealed record BeneficiaryHit(int Id, string FullName, string NationalId, string? Mobile, DateOnly BirthDate, string Governorate, string? FileNumber, RiskLevel Risk);

public sealed record SearchPage(IReadOnlyList<BeneficiaryHit> Hits, SearchCursor? Next);

/// <summary>What saving would collide with: an existing ID refuses; a shared mobile or a likely twin only warns.</summary>
public sealed record DuplicateCheck(BeneficiaryHit? SameId, IReadOnlyList<BeneficiaryHit> SameMobile, IReadOnlyList<BeneficiaryHit> SameNameAndBirth)
{
    public bool HasWarnings => SameMobile.Count > 0 || SameNameAndBirth.Count > 0;
}

/// <summary>The outcome of a save. Errors are codes ("NationalId.Invalid") that pages turn into words.</summary>
public sealed record BeneficiarySave(int? Id, IReadOnlyList<string> Errors, DuplicateCheck? Duplicates)
{
    public bool Saved => Id is not null;
}
