namespace HopeCase.Core.Settings;

/// <summary>
/// The association as its letterhead shows it (policy table "The association"). Every field comes from
/// configuration section <c>Organisation</c>, so another association runs the system by changing settings, not code.
/// </summary>
public sealed class OrganisationProfile
{
    public const string Section = "Organisation";

    public string NameAr { get; set; } = "";
    public string NameEn { get; set; } = "";
    public string LicenceAr { get; set; } = "";
    public string LicenceEn { get; set; } = "";
    public string LicenceNumber { get; set; } = "";
    public string SupervisorAr { get; set; } = "";
    public string SupervisorEn { get; set; } = "";
    public string Phone { get; set; } = "";
    public string Email { get; set; } = "";
    public string AddressAr { get; set; } = "";
    public string AddressEn { get; set; } = "";
    public string Website { get; set; } = "";
    public List<string> SocialHandles { get; set; } = [];
    public string BankAr { get; set; } = "";
    public string BankEn { get; set; } = "";
    public string Iban { get; set; } = "";
    /// <summary>The national mental-health support line shown on intake screens.</summary>
    public string MentalHealthLine { get; set; } = "";
}

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
