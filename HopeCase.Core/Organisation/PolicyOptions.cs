namespace HopeCase.Core.Organisation;

/// <summary>The policy's numbers (configuration section <c>Policy</c>).</summary>
public sealed class PolicyOptions
{
    public const string Section = "Policy";

    /// <summary>P-6.5: the committee answers within this many days of submission.</summary>
    public int DecisionWindowDays { get; set; } = 14;

    /// <summary>Critical requests are fast-tracked with this shorter window.</summary>
    public int CriticalWindowDays { get; set; } = 1;

    /// <summary>Day offsets after submission: reminder to the research officer, to the committee chair, escalation to the manager.</summary>
    public int ResearchReminderDay { get; set; } = 7;
    public int ChairReminderDay { get; set; } = 11;
    public int EscalationDay { get; set; } = 14;

    /// <summary>A rejected beneficiary may appeal within this many days.</summary>
    public int AppealDays { get; set; } = 30;

    /// <summary>Committee members needed for a session to decide.</summary>
    public int CommitteeQuorum { get; set; } = 3;
}
