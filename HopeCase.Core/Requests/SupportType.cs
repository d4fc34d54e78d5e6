namespace HopeCase.Core.Requests;

/// <summary>A kind of support the association offers (kept by the Admin), with the documents it needs.</summary>
public sealed class SupportType
{
    private readonly List<DocumentRequirement> _requirements = [];

    private SupportType()
    {
    }

    public SupportType(string code, string nameAr, string nameEn)
    {
        Code = code;
        Rename(nameAr, nameEn);
    }

    public int Id { get; private set; }
    public string Code { get; private set; } = "";
    public string NameAr { get; private set; } = "";
    public string NameEn { get; private set; } = "";
    public bool IsActive { get; private set; } = true;
    public IReadOnlyList<DocumentRequirement> Requirements => _requirements;

    public void Rename(string nameAr, string nameEn) => (NameAr, NameEn) = (nameAr.Trim(), nameEn.Trim());

    public void SetActive(bool active) => IsActive = active;

    public DocumentRequirement Require(string nameAr, string nameEn, bool hasExpiry)
    {
        var r = new DocumentRequirement(nameAr, nameEn, hasExpiry);
        _requirements.Add(r);
        return r;
    }

    public string Name(bool arabic) => arabic ? NameAr : NameEn;
}
