namespace HopeCase.Core.Dashboard;

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
