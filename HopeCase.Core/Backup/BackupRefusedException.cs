namespace HopeCase.Core.Backup;

/// <summary>
/// A backup or restore that was refused before anything was written: the message says why, in Arabic and then in
/// English, and names the setting or option to change. The backup file and the target are left as they were.
/// </summary>
public sealed class BackupRefusedException : Exception
{
    public BackupRefusedException()
    {
    }

    public BackupRefusedException(string message) : base(message)
    {
    }

    public BackupRefusedException(string message, Exception inner) : base(message, inner)
    {
    }

    public BackupRefusedException(string arabic, string english) : base(arabic + Environment.NewLine + english)
    {
        Arabic = arabic;
        English = english;
    }

    public string Arabic { get; } = "";

    public string English { get; } = "";
}
