namespace HopeCase.Core.Letters;

/// <summary>The per-Hijri-year counter the register draws numbers from.</summary>
public sealed class LetterSequence
{
    public int HijriYear { get; set; }
    public int Next { get; set; }
}
