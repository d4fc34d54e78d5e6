using System.Buffers.Binary;
using System.Text.Json;

namespace HopeCase.Core.Backup;

/// <summary>
/// The unencrypted start of a backup file: the magic text, the format version, then JSON saying whose backup it is
/// and which schema it holds. It is read before anything is decrypted, so a file that does not belong is refused
/// without being opened further. Its bytes are bound into every encrypted chunk, so it cannot be altered.
/// </summary>
public sealed record BackupHeader(
    string InstallationId,
    string SchemaVersion,
    string Provider,
    DateTimeOffset CreatedAt,
    string KeyId,
    string NoncePrefix,
    int ChunkSize)
{
    /// <summary>The format this version writes and the newest it reads.</summary>
    public const int CurrentFormat = 1;

    public const string FileExtension = ".hcbak";

    private static readonly byte[] Magic = "HOPECASE-BACKUP\n"u8.ToArray();

    /// <summary>The header exactly as written, including magic and version; chunks are bound to it.</summary>
    public byte[] Encode(int format = CurrentFormat)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(this);
        var bytes = new byte[Magic.Length + 2 + 4 + json.Length];
        Magic.CopyTo(bytes, 0);
        BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(Magic.Length), checked((ushort)format));
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(Magic.Length + 2), json.Length);
        json.CopyTo(bytes, Magic.Length + 6);
        return bytes;
    }

    /// <summary>Reads the header from the start of <paramref name="stream"/>; returns it with its raw bytes.</summary>
    public static (BackupHeader Header, byte[] Raw) Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var start = new byte[Magic.Length + 6];
        if (stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false) < start.Length || !start.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            throw new BackupRefusedException(
                "هذا الملف ليس نسخة احتياطية من HopeCase، ولم يُغيَّر شيء.",
                "This file is not a HopeCase backup. Nothing was changed.");
        }
        var format = BinaryPrimitives.ReadUInt16BigEndian(start.AsSpan(Magic.Length));
        if (format > CurrentFormat)
        {
            throw new BackupRefusedException(
                $"هذه النسخة الاحتياطية كُتبت بصيغة أحدث ({format}) من التي يقرؤها هذا الإصدار ({CurrentFormat}). ثبّت إصدار HopeCase الأحدث ثم استعد النسخة. لم يُغيَّر شيء.",
                $"This backup was written in a newer format ({format}) than this version reads ({CurrentFormat}). Install the newer HopeCase, then restore. Nothing was changed.");
        }
        var length = BinaryPrimitives.ReadInt32BigEndian(start.AsSpan(Magic.Length + 2));
        if (length is <= 0 or > 64 * 1024)
        {
            throw Damaged();
        }
        var json = new byte[length];
        if (stream.ReadAtLeast(json, length, throwOnEndOfStream: false) < length)
        {
            throw Damaged();
        }
        BackupHeader? header;
        try
        {
            header = JsonSerializer.Deserialize<BackupHeader>(json);
        }
        catch (JsonException)
        {
            throw Damaged();
        }
        return (header ?? throw Damaged(), [.. start, .. json]);
    }

    internal static BackupRefusedException Damaged() => new(
        "ملف النسخة الاحتياطية تالف أو مبتور، ولم يُغيَّر شيء.",
        "The backup file is damaged or cut short. Nothing was changed.");
}
