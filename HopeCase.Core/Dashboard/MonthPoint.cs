using HopeCase.Core.Saudi;

namespace HopeCase.Core.Dashboard;

/// <summary>One Umm al-Qura month of the trend (the first day of the month, and its Gregorian date) and its figures.</summary>
public sealed record MonthPoint(HijriDate Month, DateOnly Starts, Satisfaction Figures)
{
    /// <summary>"1448-06": the drill filter <c>month:1448-06</c> opens this month's answers.</summary>
    public string Key => $"{Month.Year:0000}-{Month.Month:00}";
}
