using System.Text.Json;

namespace HopeCase.Core.Letters;

internal static class LetterSnapshot
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    public static string Serialize(LetterContent content) => JsonSerializer.Serialize(content, Options);

    public static LetterContent Deserialize(string json) =>
        JsonSerializer.Deserialize<LetterContent>(json, Options) ?? throw new InvalidOperationException("Empty letter snapshot.");
}
