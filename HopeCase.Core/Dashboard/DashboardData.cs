namespace HopeCase.Core.Dashboard;

/// <summary>
/// The managers' dashboard. The response rate is <see cref="InvitationsAnswered"/> of <see cref="Invitations"/> (links
/// the beneficiaries themselves used); answers staff recorded by phone or on paper are <see cref="StaffRecordedAnswers"/>,
/// counted apart, and <see cref="BeneficiaryAnswers"/> are the ones the beneficiaries gave online. Every figure but
/// <see cref="Internal"/> is the beneficiaries'; the departments' answers (P-3.8) are in <see cref="Internal"/> alone.
/// </summary>
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
    IReadOnlyList<BucketCount> OpenComplaintsByAge,
    int BeneficiaryAnswers = 0,
    int StaffRecordedAnswers = 0,
    InternalFigures? Internal = null);
