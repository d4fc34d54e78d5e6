using HopeCase.Core.Beneficiaries;
using HopeCase.Core.Security;

namespace HopeCase.Core.DataExchange;

/// <summary>
/// What the dry run says about one row: the outcome, its reasons as codes ("NationalId.Invalid", "Duplicate.InFile:3",
/// "Duplicate.Existing:17"; after the colon, the other row or the existing file), and the input it will save.
/// </summary>
[PersonalData]
public sealed record ImportRow(int Row, ImportOutcome Outcome, IReadOnlyList<string> Reasons, string Name, string NationalId, BeneficiaryInput? Input);
