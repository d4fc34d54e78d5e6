using System.Security.Cryptography;

namespace HopeCase.Core.Backup;

/// <summary>
/// The key that encrypts backups (setting Backup:Key): 32 random bytes written as base64, for example the output of
/// <c>openssl rand -base64 32</c>. Its id, written in every backup's header, tells a wrong key from a damaged file.
/// </summary>
public sealed class BackupKey
{
    private BackupKey(byte[] bytes)
    {
        Bytes = bytes;
        Id = Convert.ToHexStringLower(HMACSHA256.HashData(bytes, "HopeCase backup key id v1"u8)[..8]);
    }

    internal byte[] Bytes { get; }

    /// <summary>16 hex digits derived from the key; it reveals nothing of the key itself.</summary>
    public string Id { get; }

    public static BackupKey Generate() => new(RandomNumberGenerator.GetBytes(32));

    public string ToBase64() => Convert.ToBase64String(Bytes);

    /// <summary>Reads Backup:Key, or refuses in Arabic and English when it is missing or not 32 bytes of base64.</summary>
    public static BackupKey Parse(string? configured)
    {
        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new BackupRefusedException(
                "لم يُضبط مفتاح النسخ الاحتياطي (الإعداد Backup:Key)، فلا يمكن تشفير النسخة أو فكّها. أنشئ مفتاحاً بالأمر openssl rand -base64 32 واحفظه خارج الخادم.",
                "No backup key is set (setting Backup:Key), so the backup cannot be encrypted or decrypted. Create one with `openssl rand -base64 32` and keep a copy away from the server.");
        }
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(configured.Trim());
        }
        catch (FormatException)
        {
            bytes = [];
        }
        if (bytes.Length != 32)
        {
            throw new BackupRefusedException(
                "مفتاح النسخ الاحتياطي (Backup:Key) غير صالح: يجب أن يكون 32 بايتاً مكتوبة بترميز base64، مثل ناتج openssl rand -base64 32.",
                "The backup key (Backup:Key) is not valid: it must be 32 bytes written as base64, such as the output of `openssl rand -base64 32`.");
        }
        return new BackupKey(bytes);
    }
}
