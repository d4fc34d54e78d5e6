namespace HopeCase.Core.Dashboard;

public sealed record GroupSatisfaction(string Key, string NameAr, string NameEn, Satisfaction Figures);
