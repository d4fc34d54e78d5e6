namespace HopeCase.Core.Dashboard;

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
