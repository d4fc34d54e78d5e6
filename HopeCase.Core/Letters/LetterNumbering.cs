using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace HopeCase.Core.Letters;

public static partial class LetterNumbering
{
    public static IssuedNumber Format(string format, int hijriYear, int sequence)
    {
        ArgumentNullException.ThrowIfNull(format);
        var text = Token().Replace(format, m =>
        {
            var value = m.Groups[1].Value == "year" ? hijriYear : sequence;
            var spec = m.Groups[2].Success ? m.Groups[2].Value : "0";
            return value.ToString(spec, CultureInfo.InvariantCulture);
        });
        return new IssuedNumber(hijriYear, sequence, text);
    }

    /// <summary>The format must carry both the year and the sequence, or numbers would repeat.</summary>
    public static bool IsValidFormat(string? format) =>
        !string.IsNullOrWhiteSpace(format) && format.Contains("{year", StringComparison.Ordinal) && format.Contains("{seq", StringComparison.Ordinal);

    // No 0/O, 1/I/L: read aloud over the phone or typed from paper without mistakes.
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static string NewVerifyCode() =>
        string.Create(8, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
            }
        });

    public static bool LooksLikeVerifyCode(string? code) =>
        code is { Length: 8 } && code.All(c => Alphabet.Contains(c, StringComparison.Ordinal));

    [GeneratedRegex(@"\{(year|seq)(?::([0#]+))?\}")]
    private static partial Regex Token();
}
