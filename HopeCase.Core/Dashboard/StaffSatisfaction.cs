namespace HopeCase.Core.Dashboard;

/// <summary>Per-staff satisfaction (not for punishment, P-3.7): figures are null when fewer than the minimum answered.</summary>
public sealed record StaffSatisfaction(string ProviderId, string Name, int Responses, bool Hidden, double? CsatPercent, double? AvgOverall);
