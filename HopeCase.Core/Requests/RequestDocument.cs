namespace HopeCase.Core.Requests;

/// <summary>An uploaded document; the bytes live in <see cref="StoredFile"/> so lists never load them.</summary>
public sealed class RequestDocument
{
    private RequestDocument()
    {
    }

    public RequestDocument(int? requirementId, StoredFile file, DateOnly? expiresOn, DateTimeOffset at, string? by)
    {
        ArgumentNullException.ThrowIfNull(file);
        RequirementId = requirementId;
        File = file;
        FileName = file.FileName;
        ContentType = file.ContentType;
        Size = file.Size;
        ExpiresOn = expiresOn;
        UploadedAt = at;
        UploadedBy = by;
    }

    public int Id { get; private set; }
    public int SupportRequestId { get; private set; }
    public int? RequirementId { get; private set; }
    public DocumentRequirement? Requirement { get; private set; }
    public int StoredFileId { get; private set; }
    public StoredFile? File { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    public DateOnly? ExpiresOn { get; private set; }
    public DateTimeOffset UploadedAt { get; private set; }
    public string? UploadedBy { get; private set; }
}
