namespace HopeCase.Core.Dashboard;

/// <summary>Satisfaction figures for a set of answers. Null figures mean there were no answers.</summary>
public sealed record Satisfaction(int Responses, double? CsatPercent, double? Nps, double? AvgOverall, double? AvgCourtesy, double? AvgClarity,
    double? AvgSpeed, double? AvgEase, double? AvgRecommend);
