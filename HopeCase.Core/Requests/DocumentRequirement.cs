namespace HopeCase.Core.Requests;

/// <summary>A document a support type needs (P-6.2); if it has an expiry, it must be valid on the submission day.</summary>
public sealed class DocumentRequirement
{
    private DocumentRequirement()
    {
    }

    public DocumentRequirement(string nameAr, string nameEn, bool hasExpiry) => (NameAr, NameEn, HasExpiry) = (nameAr, nameEn, hasExpiry);

    public int Id { get; private set; }
    public int SupportTypeId { get; private set; }
    public string NameAr { get; private set; } = "";
    public string NameEn { get; private set; } = "";
    public bool HasExpiry { get; private set; }

    public string Name(bool arabic) => arabic ? NameAr : NameEn;
}
