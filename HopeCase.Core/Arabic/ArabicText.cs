using System.Globalization;
using System.Text;

namespace HopeCase.Core.Arabic;

/// <summary>
/// The one letter-level normal form used for search and duplicate checks, so that أحمد = احمد = إحمد, فاطمة = فاطمه,
/// عائشة = عايشة, لؤي = لوي and یوسف (Persian keyboard) = يوسف. Punctuation becomes a word break, so a query of quotes,
/// %, _, * or ^ is only words. Names are then cut into match tokens by <see cref="ArabicNames"/>; see docs/arabic-matching.md.
/// </summary>
public static class ArabicText
{
    public static string Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return string.Empty;
        }

        // Compatibility forms: Arabic presentation forms (ﻋ, ﷲ) and full-width Latin become the plain letters.
        var text = value.IsNormalized(NormalizationForm.FormKC) ? value : value.Normalize(NormalizationForm.FormKC);
        var buffer = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var raw in text)
        {
            if (IsDropped(raw))
            {
                continue;
            }
            var c = Fold(raw);
            if (!char.IsLetterOrDigit(c))
            {
                pendingSpace = buffer.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                buffer.Append(' ');
                pendingSpace = false;
            }
            buffer.Append(c);
        }
        return buffer.ToString();
    }

    private static bool IsDropped(char c) => c switch
    {
        '\u0640' => true,                        // tatweel
        '\u0621' => true,                        // a lone hamza: مسئول = مسؤول = مسءول, علاء = علا
        >= '\u064B' and <= '\u065F' => true,     // harakat, tanween, shadda, sukun, hamza above and below
        '\u0670' or '\u0674' => true,            // superscript alef, high hamza
        >= '\u06D6' and <= '\u06ED' => true,     // Quranic annotation marks
        '\u00AD' or '\u061C' or '\uFEFF' or '\u2060' => true, // soft hyphen, Arabic letter mark, BOM, word joiner
        >= '\u200B' and <= '\u200F' => true,     // zero-width space and joiners, direction marks
        >= '\u202A' and <= '\u202E' => true,     // bidi embeddings and overrides
        >= '\u2066' and <= '\u2069' => true,     // bidi isolates
        >= '\u0300' and <= '\u036F' => true,     // Latin combining accents
        _ => false,
    };

    private static char Fold(char c) => c switch
    {
        '\u0623' or '\u0625' or '\u0622' or '\u0671' or '\u0672' or '\u0673' or '\u0675' => '\u0627', // أ إ آ ٱ → ا
        '\u0624' or '\u0676' => '\u0648',                                                      // ؤ → و
        '\u0626' or '\u0678' or '\u0649' or '\u06CC' or '\u06D0' or '\u06D2' or '\u06D3' => '\u064A', // ئ ى ی ې ے → ي
        '\u0629' or '\u06C3' or '\u06D5' or '\u06C0' or '\u06C1' or '\u06C2' or '\u06BE' => '\u0647', // ة ۃ ە ۀ ہ ھ → ه
        '\u06A9' or '\u06AA' => '\u0643',                                                      // ک ڪ → ك
        >= '\u00C0' and <= '\u024F' => Latin(c),
        _ => char.ToLowerInvariant(ArabicDigits.ToAscii(c)),
    };

    /// <summary>é → e, Ü → u: the base letter of an accented Latin letter, lower case.</summary>
    private static char Latin(char c)
    {
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        return char.ToLower(decomposed[0], CultureInfo.InvariantCulture);
    }
}
