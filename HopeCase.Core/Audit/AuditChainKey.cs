using System.Security.Cryptography;

namespace HopeCase.Core.Audit;

/// <summary>
/// The secret that keys the audit chain. Taken from the setting <c>Audit:ChainKey</c> (base64, 32 bytes or more) when
/// set; otherwise read from a key file beside the database, created with 32 random bytes on first run. In production
/// set the setting (or keep the file) somewhere the database's backups do not go: whoever holds both can rewrite history.
/// </summary>
public static class AuditChainKey
{
    public const string FileName = "audit-chain.key";

    public static byte[] Resolve(string? configured, string keyFile)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var key = Convert.FromBase64String(configured.Trim());
            return key.Length >= 32 ? key : throw new InvalidOperationException("The setting Audit:ChainKey must be at least 32 bytes, base64-encoded.");
        }
        ArgumentException.ThrowIfNullOrEmpty(keyFile);
        if (File.Exists(keyFile))
        {
            return Convert.FromBase64String(File.ReadAllText(keyFile).Trim());
        }
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(keyFile))!);
        var fresh = RandomNumberGenerator.GetBytes(32);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        try
        {
            using var writer = new StreamWriter(keyFile, options);
            writer.Write(Convert.ToBase64String(fresh));
        }
        catch (IOException) when (File.Exists(keyFile))
        {
            // Another process created it first: use theirs.
            return Convert.FromBase64String(File.ReadAllText(keyFile).Trim());
        }
        return fresh;
    }

    /// <summary>The key file for a database file: the same folder, its own file.</summary>
    public static string FileBeside(string databasePath) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(databasePath)) ?? ".", FileName);
}
