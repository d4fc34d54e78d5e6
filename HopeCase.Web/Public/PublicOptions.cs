namespace HopeCase.Web.Public;

/// <summary>Limits of the public website channel (section <c>Public</c>): posts per client, /track misses, body size.</summary>
public sealed class PublicOptions
{
    public const string Section = "Public";

    /// <summary>Form posts one client address may make to the public pages in one window.</summary>
    public int PostsPerWindow { get; set; } = 20;

    public int PostWindowMinutes { get; set; } = 10;

    /// <summary>Wrong reference/ID pairs one client may try on /track before it is refused for the rest of the window.</summary>
    public int TrackMisses { get; set; } = 5;

    public int TrackWindowMinutes { get; set; } = 15;

    /// <summary>Wrong answers for one reference, from any client, before the reference itself is locked (held in the database).</summary>
    public int ReferenceMisses { get; set; } = 10;

    public int ReferenceWindowMinutes { get; set; } = 60;

    /// <summary>How long a locked reference is refused to everyone, its owner included.</summary>
    public int ReferenceLockMinutes { get; set; } = 60;

    /// <summary>The whole application post, every document included (each document is also capped by the intake settings).</summary>
    public long MaxPostBytes { get; set; } = 25 * 1024 * 1024;
}
