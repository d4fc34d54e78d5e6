using System.Text.RegularExpressions;

namespace HopeCase.Core.Arabic;

/// <summary>
/// Printed Arabic that a PDF reader gives back in the order it was written. A run of Latin letters or digits followed by
/// punctuation («شارع 15،», «B12،») is drawn the same either way, but text extraction (pdftotext, copy from a PDF
/// viewer) glues the punctuation to the wrong side of the run. An invisible RIGHT-TO-LEFT MARK after the run tells
/// both the same thing: the punctuation belongs to the Arabic that follows. Nothing changes on paper.
/// </summary>
public static partial class BidiMarks
{
    public const char Rlm = '\u200F';

    /// <summary>The text with an RLM after every Latin/digit run that punctuation follows (for right-to-left letters only).</summary>
    public static string ForRtl(string? text) =>
        string.IsNullOrEmpty(text) ? text ?? "" : LtrRunBeforePunctuation().Replace(text, m => m.Value + Rlm);

    /// <summary>True when the last letter or digit of the text is Latin or a digit: an RLM after it keeps what follows in place.</summary>
    public static bool EndsLtr(string? text)
    {
        for (var i = (text?.Length ?? 0) - 1; i >= 0; i--)
        {
            var c = text![i];
            if (char.IsLetterOrDigit(c))
            {
                return c < 0x0590 || c is >= '\u0660' and <= '\u0669' or >= '\u06F0' and <= '\u06F9';
            }
        }
        return false;
    }

    // A whole run (atomic: never a piece of «REQ-1448-0042»), not inside a word or an entity, then punctuation that ends or separates (a comma, a stop, a colon, a closing bracket).
    [GeneratedRegex(@"(?<![&#{\p{L}\p{Nd}_\-/.@+])(?>[A-Za-z0-9\u0660-\u0669](?:[A-Za-z0-9\u0660-\u0669_\-/.@+]*[A-Za-z0-9\u0660-\u0669])?)(?=[\p{P}-[\-_/@#&(\[{%٪‰*'""]])")]
    private static partial Regex LtrRunBeforePunctuation();
}
