using HopeCase.Core.Data;

namespace HopeCase.Core.Requests;

/// <summary>File bytes kept in the database, so one backup holds everything. Checked by content before it gets here.</summary>
public sealed class StoredFile : IWriteOnce
{
    private StoredFile()
    {
    }

    public StoredFile(string fileName, string contentType, byte[] content, string sha256)
    {
        ArgumentNullException.ThrowIfNull(content);
        (FileName, ContentType, Content, Size, Sha256) = (fileName, contentType, content, content.LongLength, sha256);
    }

    public int Id { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public byte[] Content { get; private set; } = [];
    public long Size { get; private set; }
    public string Sha256 { get; private set; } = "";
}
