using System.Diagnostics.CodeAnalysis;
using HopeCase.Core.Arabic;

namespace HopeCase.Core.Saudi;

/// <summary>A Saudi mobile number, always held in international form +9665XXXXXXXX.</summary>
public readonly record struct SaudiMobile
{
    private SaudiMobile(string subscriber) => Subscriber = subscriber;

    /// <summary>The nine digits after the country code, starting with 5.</summary>
    public string Subscriber { get; }

    public string International => "+966" + Subscriber;

    /// <summary>The way people write it at home: 05XXXXXXXX.</summary>
    public string Local => "0" + Subscriber;

    public override string ToString() => International;

    public static bool TryParse(string? input, [NotNullWhen(true)] out SaudiMobile? mobile)
    {
        mobile = null;
        if (string.IsNullOrWhiteSpace(input))
        {
            return false;
        }
        var text = ArabicDigits.ToAscii(input.Trim());
        foreach (var c in text)
        {
            if (!(char.IsAsciiDigit(c) || c is ' ' or '-' or '(' or ')' or '+' || c == '\u00A0'))
            {
                return false;
            }
        }
        if (text.IndexOf('+', StringComparison.Ordinal) > 0)
        {
            return false;
        }
        var hasPlus = text.StartsWith('+');
        var digits = ArabicDigits.DigitsOnly(text);

        string? subscriber = null;
        if (hasPlus)
        {
            if (digits.Length == 12 && digits.StartsWith("9665", StringComparison.Ordinal))
            {
                subscriber = digits[3..];
            }
        }
        else if (digits.Length == 14 && digits.StartsWith("009665", StringComparison.Ordinal))
        {
            subscriber = digits[5..];
        }
        else if (digits.Length == 12 && digits.StartsWith("9665", StringComparison.Ordinal))
        {
            subscriber = digits[3..];
        }
        else if (digits.Length == 10 && digits.StartsWith("05", StringComparison.Ordinal))
        {
            subscriber = digits[1..];
        }
        else if (digits.Length == 9 && digits[0] == '5')
        {
            subscriber = digits;
        }

        if (subscriber is null)
        {
            return false;
        }
        mobile = new SaudiMobile(subscriber);
        return true;
    }

    public static SaudiMobile Parse(string input) =>
        TryParse(input, out var m) ? m.Value : throw new FormatException("Not a valid Saudi mobile number.");

    /// <summary>Returns +9665XXXXXXXX, or null when the input is not a Saudi mobile number.</summary>
    public static string? Normalize(string? input) => TryParse(input, out var m) ? m.Value.International : null;
}
