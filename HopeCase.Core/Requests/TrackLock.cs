namespace HopeCase.Core.Requests;

/// <summary>
/// Wrong answers given on the public pages for one reference, from any client or node: after the allowed misses in one
/// window the reference is locked for a while, whoever asks. Kept in the database so every node sees the same count.
/// </summary>
public sealed class TrackLock
{
    private TrackLock()
    {
    }

    public string Reference { get; private set; } = "";
    public int Misses { get; private set; }

    /// <summary>Unix milliseconds: when the current window of misses began.</summary>
    public long WindowStartMs { get; private set; }

    /// <summary>Unix milliseconds: until when the reference is refused; 0 when it is not locked.</summary>
    public long LockedUntilMs { get; private set; }
}
