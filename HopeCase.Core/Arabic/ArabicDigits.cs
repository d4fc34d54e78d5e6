namespace HopeCase.Core.Arabic;

/// <summary>Maps Eastern Arabic (٠-٩) and Persian (۰-۹) digits to ASCII so every parser sees one alphabet.</summary>
public static class ArabicDigits
{
    public static char ToAscii(char c) => c switch
    {
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
        _ => c,
    };

    public static string ToAscii(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return string.Create(value.Length, value, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = ToAscii(source[i]);
            }
        });
    }

    /// <summary>Keeps only the digits of the input (in ASCII), dropping spaces, dashes and the like.</summary>
    public static string DigitsOnly(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var buffer = new System.Text.StringBuilder(value.Length);
        foreach (var c in value)
        {
            var ascii = ToAscii(c);
            if (ascii is >= '0' and <= '9')
            {
                buffer.Append(ascii);
            }
        }
        return buffer.ToString();
    }
}
