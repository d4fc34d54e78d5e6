namespace HopeCase.Core.DataExchange;

/// <summary>What an uploaded sheet may be, checked before and while it is read (setting section <c>Import</c>).</summary>
public sealed class ImportLimits
{
    /// <summary>The upload itself; a larger file is refused before a byte of it is read.</summary>
    public long MaxBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Data rows below the header.</summary>
    public int MaxRows { get; set; } = 50_000;

    /// <summary>All parts of an .xlsx together once unzipped.</summary>
    public long MaxUncompressedBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>Unzipped size over zipped size of one part; real sheets stay far below it.</summary>
    public int MaxCompressionRatio { get; set; } = 200;

    public int MaxEntries { get; set; } = 1000;
}
