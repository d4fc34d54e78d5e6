namespace HopeCase.Core.DataExchange;

/// <summary>
/// One confirmed import: the file waits here (<see cref="Payload"/>) until the background job has read it, then is
/// dropped; the files it created are <see cref="ImportBatchItem"/>s, so the batch can be undone as one.
/// </summary>
public sealed class ImportBatch
{
    private ImportBatch()
    {
    }

    public ImportBatch(string fileName, SpreadsheetKind kind, byte[] payload, string mapping, int total, DateTimeOffset at, string? by)
    {
        FileName = fileName.Length > 200 ? fileName[..200] : fileName;
        Kind = kind;
        Payload = payload;
        Mapping = mapping;
        Total = total;
        CreatedAt = at;
        CreatedBy = by;
    }

    public int Id { get; private set; }
    public string FileName { get; private set; } = "";
    public SpreadsheetKind Kind { get; private set; }
    public byte[]? Payload { get; private set; }

    /// <summary>The column of each field, as written by <see cref="ColumnMapping.Serialize"/>.</summary>
    public string Mapping { get; private set; } = "";

    public ImportStatus Status { get; private set; }
    public int Total { get; private set; }
    public int Processed { get; private set; }
    public int Created { get; private set; }
    public int Refused { get; private set; }
    public string? Error { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public string? CreatedBy { get; private set; }
    public DateTimeOffset? FinishedAt { get; private set; }
    public DateTimeOffset? UndoneAt { get; private set; }
    public string? UndoneBy { get; private set; }

    public void Start() => Status = ImportStatus.Running;

    public void Progress(int processed, int created, int refused) => (Processed, Created, Refused) = (processed, created, refused);

    public void Finish(DateTimeOffset at)
    {
        (Status, FinishedAt, Payload) = (ImportStatus.Done, at, null);
    }

    public void Fail(string error, DateTimeOffset at) => (Status, Error, FinishedAt, Payload) = (ImportStatus.Failed, error.Length > 500 ? error[..500] : error, at, null);

    public void Undo(DateTimeOffset at, string? by) => (Status, UndoneAt, UndoneBy) = (ImportStatus.Undone, at, by);
}
