namespace HopeCase.Core.Backup;

/// <summary>Settings Backup:*: the key, where the nightly copies go, how many are kept, and when the job runs.</summary>
public sealed class BackupOptions
{
    public const string Section = "Backup";

    /// <summary>32 bytes as base64 (<c>openssl rand -base64 32</c>); without it nothing is backed up or restored.</summary>
    public string? Key { get; set; }

    /// <summary>The folder of the nightly copies; no nightly job when empty.</summary>
    public string? Folder { get; set; }

    public int Keep { get; set; } = 7;

    public string Cron { get; set; } = "30 1 * * *";
}
