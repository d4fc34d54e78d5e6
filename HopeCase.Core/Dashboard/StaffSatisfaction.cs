namespace HopeCase.Core.Dashboard;

/// <summary>Per-staff satisfaction (not for punishment, P-3.7): figures are null when fewer than the minimum answered.</summary>
/// <remarks><see cref="StaffRecorded"/>: how many of the answers staff entered (phone or paper), counted apart from the beneficiaries' own.</remarks>
public sealed record StaffSatisfaction(string ProviderId, string Name, int Responses, bool Hidden, double? CsatPercent, double? AvgOverall, int StaffRecorded = 0);
