namespace HopeCase.Core.Inquiries;

/// <summary>The current file of one of the four tools, uploaded by an Admin.</summary>
public sealed class GuideDocument
{
    private GuideDocument()
    {
    }

    public GuideDocument(GuideKind kind, int storedFileId, string fileName, DateTimeOffset at, string? by)
    {
        (Kind, StoredFileId, FileName, UploadedAt, UploadedBy) = (kind, storedFileId, fileName, at, by);
    }

    public int Id { get; private set; }
    public GuideKind Kind { get; private set; }
    public int StoredFileId { get; private set; }
    public string FileName { get; private set; } = "";
    public DateTimeOffset UploadedAt { get; private set; }
    public string? UploadedBy { get; private set; }
}
