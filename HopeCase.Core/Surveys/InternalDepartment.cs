namespace HopeCase.Core.Surveys;

/// <summary>
/// A department of the association that receives service from its staff (finance, media, volunteering, HR…): the
/// managed list of internal beneficiaries (P-3.8), with the contact its survey link is sent to.
/// </summary>
public sealed class InternalDepartment
{
    private InternalDepartment()
    {
    }

    public InternalDepartment(string nameAr, string nameEn) => Rename(nameAr, nameEn);

    public int Id { get; private set; }
    public string NameAr { get; private set; } = "";
    public string NameEn { get; private set; } = "";
    public string? ContactName { get; private set; }
    public string? ContactEmail { get; private set; }
    public string? ContactMobile { get; private set; }
    public bool Active { get; private set; } = true;

    public void Rename(string nameAr, string nameEn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nameAr);
        (NameAr, NameEn) = (nameAr.Trim(), string.IsNullOrWhiteSpace(nameEn) ? nameAr.Trim() : nameEn.Trim());
    }

    public void SetContact(string? name, string? email, string? mobile, bool active) =>
        (ContactName, ContactEmail, ContactMobile, Active) = (Blank(name), Blank(email), Blank(mobile), active);

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
