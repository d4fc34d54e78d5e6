using System.Text;

namespace HopeCase.Core.Arabic;

/// <summary>
/// The one normal form used for search and duplicate checks, so that أحمد = احمد = إحمد and فاطمة = فاطمه.
/// </summary>
public static class ArabicText
{
    public static string Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return string.Empty;
        }

        var buffer = new StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var raw in value)
        {
            if (char.IsWhiteSpace(raw))
            {
                pendingSpace = buffer.Length > 0;
                continue;
            }
            if (IsDropped(raw))
            {
                continue;
            }
            if (pendingSpace)
            {
                buffer.Append(' ');
                pendingSpace = false;
            }
            buffer.Append(Fold(raw));
        }
        return buffer.ToString();
    }

    private static bool IsDropped(char c) => c switch
    {
        '\u0640' => true,                        // tatweel
        >= '\u064B' and <= '\u065F' => true,     // harakat, tanween, shadda, sukun and friends
        '\u0670' => true,                        // superscript alef
        >= '\u06D6' and <= '\u06ED' => true,     // Quranic annotation marks
        '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u061C' or '\uFEFF' => true, // invisible joiners and direction marks
        _ => false,
    };

    private static char Fold(char c) => c switch
    {
        '\u0623' or '\u0625' or '\u0622' or '\u0671' => '\u0627', // أ إ آ ٱ → ا
        '\u0629' => '\u0647',                                      // ة → ه
        '\u0649' => '\u064A',                                      // ى → ي
        _ => char.ToLowerInvariant(ArabicDigits.ToAscii(c)),
    };
}
