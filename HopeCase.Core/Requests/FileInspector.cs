using System.Security.Cryptography;

namespace HopeCase.Core.Requests;

/// <summary>Decides what an upload is from its first bytes, never from its name or the browser's word.</summary>
public static class FileInspector
{
    public const long DefaultMaxBytes = 5 * 1024 * 1024;

    private static readonly (string ContentType, string Extension, byte[] Magic)[] Known =
    [
        ("application/pdf", ".pdf", "%PDF-"u8.ToArray()),
        ("image/png", ".png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        ("image/jpeg", ".jpg", [0xFF, 0xD8, 0xFF]),
    ];

    public static (UploadProblem Problem, StoredFile? File) Inspect(string fileName, byte[] content, long maxBytes = DefaultMaxBytes)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0)
        {
            return (UploadProblem.Empty, null);
        }
        if (content.LongLength > maxBytes)
        {
            return (UploadProblem.TooLarge, null);
        }
        foreach (var (type, extension, magic) in Known)
        {
            if (content.AsSpan().StartsWith(magic))
            {
                var safeName = SafeName(fileName, extension);
                return (UploadProblem.None, new StoredFile(safeName, type, content, Convert.ToHexString(SHA256.HashData(content))));
            }
        }
        return (UploadProblem.NotAllowedType, null);
    }

    /// <summary>Keeps the visible name but never a path, and makes the extension tell the truth.</summary>
    private static string SafeName(string fileName, string extension)
    {
        var name = Path.GetFileNameWithoutExtension(Path.GetFileName(fileName ?? "").Replace('\\', '/').Split('/').Last());
        name = new string(name.Where(c => !char.IsControl(c) && c is not ('<' or '>' or '"' or ':' or '|' or '?' or '*')).ToArray()).Trim();
        if (name.Length == 0)
        {
            name = "document";
        }
        return (name.Length > 100 ? name[..100] : name) + extension;
    }
}
