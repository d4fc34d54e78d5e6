namespace HopeCase.Core.Dashboard;

/// <summary>
/// «رضا المستفيدين الداخليين» (P-3.8): the departments' answers about the service they received from staff, apart from
/// the beneficiaries'. <see cref="ByStaff"/> is for managers only and hides a staff member below the minimum, as for beneficiaries.
/// </summary>
public sealed record InternalFigures(int Services, int Invitations, int InvitationsAnswered, double? ResponseRatePercent, Satisfaction Overall,
    IReadOnlyList<GroupSatisfaction> ByDepartment, IReadOnlyList<StaffSatisfaction>? ByStaff);
