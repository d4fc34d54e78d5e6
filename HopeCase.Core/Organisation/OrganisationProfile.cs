namespace HopeCase.Core.Organisation;

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
