namespace HopeCase.Core.Inquiries;

/// <summary>
/// The current file of one of the four tools, uploaded by an Admin. Its text is extracted on upload (pdftotext) and
/// kept twice: as read, for the lines shown beside a search, and in the Arabic normal form, for the search itself.
/// </summary>
public sealed class GuideDocument
{
    private GuideDocument()
    {
    }

    public GuideDocument(GuideKind kind, int storedFileId, string fileName, DateTimeOffset at, string? by, string? text = null, bool isPublic = false)
    {
        (Kind, StoredFileId, FileName, UploadedAt, UploadedBy, IsPublic) = (kind, storedFileId, fileName, at, by, isPublic);
        Text = text ?? "";
        SearchText = GuideText.SearchForm(Text);
    }

    public int Id { get; private set; }
    public GuideKind Kind { get; private set; }
    public int StoredFileId { get; private set; }
    public string FileName { get; private set; } = "";
    public DateTimeOffset UploadedAt { get; private set; }
    public string? UploadedBy { get; private set; }

    /// <summary>The text extracted from the file, as read (empty when none could be extracted).</summary>
    public string Text { get; private set; } = "";

    /// <summary><see cref="Text"/> in <see cref="GuideText.SearchForm"/>: what a search matches against.</summary>
    public string SearchText { get; private set; } = "";

    /// <summary>Marked by the association as one the public pages link; anyone may download it then.</summary>
    public bool IsPublic { get; private set; }

    public void SetPublic(bool isPublic) => IsPublic = isPublic;
}
