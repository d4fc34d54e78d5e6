namespace HopeCase.Core.Letters;

/// <summary>The association's logo for the letterhead (one row), uploaded by an Admin.</summary>
public sealed class OrganisationLogo
{
    public int Id { get; set; } = 1;
    public string ContentType { get; set; } = "";
    public byte[] Bytes { get; set; } = [];
    public DateTimeOffset UploadedAt { get; set; }
    public string? UploadedBy { get; set; }
}
