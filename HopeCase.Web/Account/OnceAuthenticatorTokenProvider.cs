using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using HopeCase.Core.Staff;
using Microsoft.AspNetCore.Identity;

namespace HopeCase.Web.Account;

/// <summary>
/// The authenticator-app codes (RFC 6238: HMAC-SHA1, 30-second steps, six digits, two steps of skew either way, as
/// Identity's own provider), but each code works once: the last accepted time-step is kept in the user's tokens and
/// a code whose step is not later is refused, so a code seen over a shoulder or replayed from a log is worthless.
/// Sign-in, enrolment confirmation and any step-up all verify through this provider. Two uses of the same code at
/// once both write the user row: its concurrency stamp lets only one of them succeed.
/// </summary>
public sealed class OnceAuthenticatorTokenProvider : IUserTwoFactorTokenProvider<StaffUser>
{
    internal const string StoreProvider = "[AspNetUserStore]";
    internal const string LastStepName = "AuthenticatorLastStep";
    private const int Skew = 2;

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<StaffUser> manager, StaffUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        return !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));
    }

    // The app on the phone makes the code; the server never sends one.
    public Task<string> GenerateAsync(string purpose, UserManager<StaffUser> manager, StaffUser user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<StaffUser> manager, StaffUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrWhiteSpace(key) || token is not { Length: 6 } || !int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            return false;
        }
        var stored = await manager.GetAuthenticationTokenAsync(user, StoreProvider, LastStepName);
        var last = long.TryParse(stored, NumberStyles.None, CultureInfo.InvariantCulture, out var l) ? l : long.MinValue;
        var secret = Base32(key);
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;
        for (var step = now - Skew; step <= now + Skew; step++)
        {
            if (step > last && Code(secret, step) == code)
            {
                var result = await manager.SetAuthenticationTokenAsync(user, StoreProvider, LastStepName, step.ToString(CultureInfo.InvariantCulture));
                return result.Succeeded;
            }
        }
        return false;
    }

    internal static int Code(byte[] secret, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
#pragma warning disable CA5350 // RFC 6238 and every authenticator app use HMAC-SHA1 here.
        Span<byte> hash = stackalloc byte[20];
        HMACSHA1.HashData(secret, counter, hash);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return binary % 1_000_000;
    }

    internal static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>(text.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in text.ToUpperInvariant())
        {
            var value = alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                continue; // Spaces and '=' padding carry no bits.
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
