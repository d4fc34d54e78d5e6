using System.IO.Compression;
using System.Security.Cryptography;

namespace HopeCase.Core.Backup;

/// <summary>What a backup holds and whose it is.</summary>
public sealed record BackupSource(string InstallationId, string Provider, Func<string, CancellationToken, Task<string>> Snapshot);

/// <summary>
/// Writes and reads HopeCase backup files: a header (<see cref="BackupHeader"/>) and the data folder's snapshot as a
/// zip, encrypted (<see cref="BackupCipher"/>). A file is written beside its final name and renamed when complete.
/// </summary>
public static class BackupFile
{
    private const int ChunkSize = 1024 * 1024;

    public static async Task<BackupHeader> CreateAsync(BackupSource source, BackupKey key, string output, TimeProvider clock, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(clock);
        var full = Path.GetFullPath(output);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var work = Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..8]);
        var staging = Path.Combine(work, "data");
        var zip = Path.Combine(work, "data.zip");
        var partial = full + ".partial";
        try
        {
            Directory.CreateDirectory(work);
            var schema = await source.Snapshot(staging, ct);
            await ZipFile.CreateFromDirectoryAsync(staging, zip, CompressionLevel.Fastest, includeBaseDirectory: false, ct);
            var header = new BackupHeader(source.InstallationId, schema, source.Provider, clock.GetUtcNow(), key.Id,
                Convert.ToBase64String(RandomNumberGenerator.GetBytes(8)), ChunkSize);
            var raw = header.Encode();
            await using (var plain = File.OpenRead(zip))
            await using (var file = new FileStream(partial, FileMode.CreateNew, FileAccess.Write))
            {
                await file.WriteAsync(raw, ct);
                BackupCipher.Encrypt(plain, file, key, raw, Convert.FromBase64String(header.NoncePrefix), ChunkSize);
                file.Flush(flushToDisk: true);
            }
            File.Move(partial, full);
            return header;
        }
        finally
        {
            File.Delete(partial);
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    /// <summary>Reads only the header: refuses a file that is not a backup or is of a newer format.</summary>
    public static BackupHeader Inspect(string file)
    {
        using var stream = File.OpenRead(file);
        return BackupHeader.Read(stream).Header;
    }

    /// <summary>
    /// Restores into <paramref name="target"/>, which must be missing or empty. Every check (format, key, installation,
    /// schema) runs on the header before anything is written; a failed decryption leaves the target empty again.
    /// </summary>
    public static async Task<BackupHeader> RestoreAsync(string file, string target, BackupKey key, string expectedInstallation,
        IReadOnlySet<string> knownMigrations, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(knownMigrations);
        if (!File.Exists(file))
        {
            throw new BackupRefusedException($"ملف النسخة الاحتياطية غير موجود: {file}", $"The backup file does not exist: {file}");
        }
        await using var input = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read);
        var (header, raw) = BackupHeader.Read(input);
        BackupChecks.Check(header, key, expectedInstallation, knownMigrations);
        var into = Path.GetFullPath(target);
        if (Directory.Exists(into) && Directory.EnumerateFileSystemEntries(into).Any())
        {
            throw new BackupRefusedException(
                $"المجلد '{into}' ليس فارغاً. الاستعادة لا تكتب إلا في مجلد فارغ أو غير موجود، حتى لا تُستبدل بيانات قائمة.",
                $"The folder '{into}' is not empty. A restore writes only into an empty or missing folder, so that no existing data is replaced.");
        }
        var created = !Directory.Exists(into);
        var zip = Path.Combine(Path.GetTempPath(), "hopecase-restore-" + Guid.NewGuid().ToString("N") + ".zip");
        try
        {
            await using (var plain = new FileStream(zip, FileMode.CreateNew, FileAccess.ReadWrite))
            {
                if (!BackupCipher.TryDecrypt(input, plain, key, raw, Convert.FromBase64String(header.NoncePrefix), header.ChunkSize))
                {
                    throw BackupHeader.Damaged();
                }
            }
            Directory.CreateDirectory(into);
            await ZipFile.ExtractToDirectoryAsync(zip, into, overwriteFiles: false, ct);
            return header;
        }
        catch
        {
            Empty(into, created);
            throw;
        }
        finally
        {
            File.Delete(zip);
        }
    }

    private static void Empty(string folder, bool created)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }
        if (created)
        {
            Directory.Delete(folder, recursive: true);
            return;
        }
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder))
        {
            if (Directory.Exists(entry))
            {
                Directory.Delete(entry, recursive: true);
            }
            else
            {
                File.Delete(entry);
            }
        }
    }
}
