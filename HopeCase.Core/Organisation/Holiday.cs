namespace HopeCase.Core.Organisation;

/// <summary>A day the association is closed: an official holiday or one the administrator added. Not a working day.</summary>
public sealed class Holiday
{
    private Holiday()
    {
    }

    public Holiday(DateOnly date, string nameAr, string nameEn, bool official)
    {
        Date = date;
        NameAr = nameAr.Trim();
        NameEn = nameEn.Trim();
        Official = official;
    }

    public int Id { get; private set; }
    public DateOnly Date { get; private set; }
    public string NameAr { get; private set; } = "";
    public string NameEn { get; private set; } = "";

    /// <summary>Generated from the official list (the Eids by Umm al-Qura, Founding Day, National Day).</summary>
    public bool Official { get; private set; }
}
