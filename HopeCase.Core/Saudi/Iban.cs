using System.Diagnostics.CodeAnalysis;
using System.Text;
using HopeCase.Core.Arabic;

namespace HopeCase.Core.Saudi;

/// <summary>A Saudi IBAN: SA, two check digits, then 20 characters; 24 in all, valid under ISO 7064 mod 97.</summary>
public readonly record struct Iban
{
    private Iban(string value) => Value = value;

    /// <summary>The compact form, upper case, no spaces.</summary>
    public string Value { get; }

    /// <summary>Groups of four, as printed on letters.</summary>
    public string Grouped
    {
        get
        {
            var sb = new StringBuilder(Value.Length + 6);
            for (var i = 0; i < Value.Length; i++)
            {
                if (i > 0 && i % 4 == 0)
                {
                    sb.Append(' ');
                }
                sb.Append(Value[i]);
            }
            return sb.ToString();
        }
    }

    public override string ToString() => Value;

    public static bool TryParse(string? input, [NotNullWhen(true)] out Iban? iban)
    {
        iban = null;
        if (string.IsNullOrWhiteSpace(input))
        {
            return false;
        }
        var compact = new StringBuilder(24);
        foreach (var raw in input)
        {
            if (raw is ' ' or '\u00A0' or '-')
            {
                continue;
            }
            var c = char.ToUpperInvariant(ArabicDigits.ToAscii(raw));
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
            compact.Append(c);
        }
        var value = compact.ToString();
        if (value.Length != 24 || !value.StartsWith("SA", StringComparison.Ordinal)
            || !char.IsAsciiDigit(value[2]) || !char.IsAsciiDigit(value[3]))
        {
            return false;
        }
        // The bank code (characters 5 and 6) is numeric in the Saudi format.
        if (!char.IsAsciiDigit(value[4]) || !char.IsAsciiDigit(value[5]))
        {
            return false;
        }
        if (Mod97(value[4..] + value[..4]) != 1)
        {
            return false;
        }
        iban = new Iban(value);
        return true;
    }

    public static Iban Parse(string input) =>
        TryParse(input, out var i) ? i.Value : throw new FormatException("Not a valid Saudi IBAN.");

    public static bool IsValid(string? input) => TryParse(input, out _);

    private static int Mod97(string rearranged)
    {
        var remainder = 0;
        foreach (var c in rearranged)
        {
            var n = char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10;
            remainder = n >= 10 ? ((remainder * 100) + n) % 97 : ((remainder * 10) + n) % 97;
        }
        return remainder;
    }
}
