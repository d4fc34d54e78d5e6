using HopeCase.Core.Beneficiaries;
using HopeCase.Core.Saudi;

namespace HopeCase.Core.Reporting;

/// <summary>A period of local (Saudi) days, both ends included.</summary>
public sealed record DashboardPeriod(DateOnly From, DateOnly To)
{
    public DateTimeOffset Start => SaudiTime.StartOfDay(From);
    public DateTimeOffset End => SaudiTime.StartOfDay(To.AddDays(1));

    /// <summary>Gregorian ISO dates whatever the page's culture (an Arabic page formats with the Hijri calendar).</summary>
    public string FromIso => From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public string ToIso => To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public override string ToString() => $"{FromIso}..{ToIso}";
}

/// <summary>Satisfaction figures for a set of answers. Null figures mean there were no answers.</summary>
public sealed record Satisfaction(int Responses, double? CsatPercent, double? Nps, double? AvgOverall, double? AvgCourtesy, double? AvgClarity,
    double? AvgSpeed, double? AvgEase, double? AvgRecommend);

public sealed record MonthPoint(DateOnly Month, Satisfaction Figures);

public sealed record GroupSatisfaction(string Key, string NameAr, string NameEn, Satisfaction Figures);

/// <summary>Per-staff satisfaction (not for punishment, P-3.7): figures are null when fewer than the minimum answered.</summary>
public sealed record StaffSatisfaction(string ProviderId, string Name, int Responses, bool Hidden, double? CsatPercent, double? AvgOverall);

public sealed record WindowFigures(int Submitted, int Decided, int DecidedInTime, int Late, double? InTimePercent, double? MedianDaysToDecision,
    int Overdue, IReadOnlyList<BucketCount> OpenByDaysLeft);

public sealed record BucketCount(string Key, int Count);

public sealed record ChannelCount(ContactChannel Channel, int Count);

public sealed record DashboardData(
    DashboardPeriod Period,
    Satisfaction Overall,
    int Invitations,
    int InvitationsAnswered,
    double? ResponseRatePercent,
    IReadOnlyList<MonthPoint> Trend,
    IReadOnlyList<GroupSatisfaction> ByChannel,
    IReadOnlyList<GroupSatisfaction> BySupportType,
    IReadOnlyList<StaffSatisfaction>? ByProvider,
    IReadOnlyList<ChannelCount> RequestsByChannel,
    WindowFigures Window,
    IReadOnlyList<BucketCount> CommitteeDecisionsByMonth,
    IReadOnlyList<BucketCount> OpenComplaintsByAge);

/// <summary>What a click on a figure asks for: the list behind it.</summary>
public enum DrillKind
{
    Responses,
    Requests,
    Overdue,
    OpenByDaysLeft,
    Decided,
    CommitteeDecisions,
    OpenComplaints,
}

/// <summary>A drill-down: the kind and an optional filter (a channel, a support type id, a month "2026-11", a bucket, "promoters"…).</summary>
public sealed record DrillQuery(DrillKind Kind, string? Filter = null);

/// <summary>One row of a list behind a figure. <see cref="Href"/> is null for anonymous answers: nothing leads back to the person.</summary>
public sealed record DrillRow(string Reference, string Title, string? Detail, DateTimeOffset? At, string? Href);
