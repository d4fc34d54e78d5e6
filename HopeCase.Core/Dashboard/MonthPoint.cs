namespace HopeCase.Core.Dashboard;

public sealed record MonthPoint(DateOnly Month, Satisfaction Figures);
