namespace HopeCase.Core.Letters;

/// <summary>The association's own wording for one letter type in one language; absent rows fall back to the defaults.</summary>
public sealed class LetterTemplate
{
    public LetterType Type { get; set; }
    public string Culture { get; set; } = "ar";
    public string Body { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
}
