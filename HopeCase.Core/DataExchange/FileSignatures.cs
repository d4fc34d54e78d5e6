namespace HopeCase.Core.DataExchange;

/// <summary>The first bytes of files that are not text, so a renamed one is not read as CSV.</summary>
internal static class FileSignatures
{
    /// <summary>PDF, PNG, JPEG, GIF and the old binary .xls: files people attach by mistake, whatever their name.</summary>
    public static bool IsKnownBinary(byte[] b) =>
        b.AsSpan().StartsWith("%PDF"u8) || b.AsSpan().StartsWith(Png) || b.AsSpan().StartsWith(Jpeg)
        || b.AsSpan().StartsWith("GIF8"u8) || b.AsSpan().StartsWith(OleXls);

    private static ReadOnlySpan<byte> Png => [0x89, 0x50, 0x4E, 0x47];

    private static ReadOnlySpan<byte> Jpeg => [0xFF, 0xD8, 0xFF];

    private static ReadOnlySpan<byte> OleXls => [0xD0, 0xCF, 0x11, 0xE0];
}
