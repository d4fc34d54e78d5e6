namespace HopeCase.Core.Letters;

/// <summary>A register number: the Hijri year, the sequence within it, and the printed text (e.g. 1448/000042).</summary>
public readonly record struct IssuedNumber(int HijriYear, int Sequence, string Text);
