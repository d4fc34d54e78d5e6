using System.Security.Cryptography;
using System.Text;
using HopeCase.Core.Arabic;

namespace HopeCase.Core.Requests;

/// <summary>
/// The reference an applicant quotes on the public pages: 12 characters drawn at random from an alphabet without the
/// look-alikes 0/O, 1/I/L (about 59 bits), shown in groups of four. It says nothing about the row or the order of requests.
/// </summary>
public static class PublicReferences
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public const int Length = 12;

    public static string New()
    {
        Span<char> chars = stackalloc char[Length];
        for (var i = 0; i < Length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }
        return new string(chars);
    }

    /// <summary>As printed and shown: ABCD-EFGH-JKMN.</summary>
    public static string Display(string? reference) =>
        reference is { Length: Length } r ? $"{r[..4]}-{r[4..8]}-{r[8..]}" : reference ?? "";

    /// <summary>What a visitor typed, as stored: upper case, without spaces or dashes, digits in ASCII; null when it cannot be one.</summary>
    public static string? Normalize(string? typed)
    {
        var text = new StringBuilder();
        foreach (var c in ArabicDigits.ToAscii(typed ?? "").ToUpperInvariant())
        {
            if (c is ' ' or '-' or '\u00A0')
            {
                continue;
            }
            text.Append(c);
        }
        var s = text.ToString();
        return s.Length == Length && s.All(Alphabet.Contains) ? s : null;
    }
}
