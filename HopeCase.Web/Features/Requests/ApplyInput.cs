namespace HopeCase.Web.Features.Requests;

/// <summary>What the visitor typed, kept as text so a refused form comes back exactly as it was typed.</summary>
public sealed class ApplyInput
{
    public string First { get; set; } = "";
    public string Father { get; set; } = "";
    public string Grandfather { get; set; } = "";
    public string Family { get; set; } = "";
    public string NationalId { get; set; } = "";
    public string IdExpiry { get; set; } = "";
    public string Gender { get; set; } = "";
    public string BirthDate { get; set; } = "";
    public string Mobile { get; set; } = "";
    public string Email { get; set; } = "";
    public string Governorate { get; set; } = "";
    public string Address { get; set; } = "";
    public string MaritalStatus { get; set; } = "";
    public string HouseholdSize { get; set; } = "";
    public string Income { get; set; } = "";
    public bool ConsentSms { get; set; }
    public string Description { get; set; } = "";
    public bool Declaration { get; set; }
}
