namespace HopeCase.Core.Letters;

/// <summary>Saving wording that uses a placeholder the system does not fill. The message is for the Admin, in Arabic and English.</summary>
public sealed class LetterWordingException(IReadOnlyList<string> unknown)
    : Exception($"عناصر غير معروفة في النص: {string.Join("، ", unknown)}. العناصر المتاحة: {string.Join("، ", LetterWording.Placeholders.Select(p => "{{" + p + "}}"))} / Unknown placeholders: {string.Join(", ", unknown)}.")
{
    public IReadOnlyList<string> Unknown { get; } = unknown;
}
