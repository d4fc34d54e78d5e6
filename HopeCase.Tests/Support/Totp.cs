using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

namespace HopeCase.Tests.Support;

/// <summary>RFC 6238 time-based codes (HMAC-SHA1, 30-second steps, six digits), written here so the tests check
/// the app's authenticator against an independent implementation rather than against its own code.</summary>
public static class Totp
{
    /// <summary>The demo logins' authenticator key (the app's <c>StaffDemo.AuthenticatorKey</c>, restated on purpose).</summary>
    public const string DemoKey = "HOPECASEDEMOKEYAMALJIZANSECRETXQ";

    // The last step each (app, account) was sent, so the next sign-in sends a later one (the app takes each once).
    private static readonly Dictionary<string, long> Sent = [];

    public static long StepNow() => DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;

    public static string Code(string base32Key, DateTimeOffset? at = null) =>
        CodeAt(base32Key, (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds() / 30);

    /// <summary>
    /// A code the app has not yet seen for this account in this app: the earliest step after the last one sent that
    /// is still inside the app's skew (one step back to two ahead of now, with margin); waits for the clock when all
    /// of those were used. <paramref name="account"/> names the app and the user (e.g. its address and email).
    /// </summary>
    public static async Task<string> FreshCodeAsync(string base32Key, string account)
    {
        long step;
        lock (Sent)
        {
            step = Math.Max(StepNow() - 1, Sent.TryGetValue(account, out var last) ? last + 1 : long.MinValue);
            Sent[account] = step;
        }
        // Steps later than two ahead of now are refused: wait until this one is within reach.
        var waitSeconds = (step - 2) * 30 - DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        if (waitSeconds > 0)
        {
            await Task.Delay(TimeSpan.FromSeconds(waitSeconds + 1));
        }
        return CodeAt(base32Key, step);
    }

    public static string CodeAt(string base32Key, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
#pragma warning disable CA5350 // RFC 6238 and every authenticator app use HMAC-SHA1 here.
        var hash = HMACSHA1.HashData(FromBase32(base32Key), counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }

    public static byte[] FromBase32(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var clean = text.Replace(" ", "", StringComparison.Ordinal).TrimEnd('=').ToUpperInvariant();
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in clean)
        {
            var value = alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                throw new FormatException($"'{c}' is not base32");
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }
        return [.. bytes];
    }
}
