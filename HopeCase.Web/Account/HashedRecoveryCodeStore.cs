using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using HopeCase.Core.Data;
using HopeCase.Core.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace HopeCase.Web.Account;

/// <summary>
/// Identity's user store, except that the recovery codes are kept only as hashes. Identity's codes have about 47
/// bits (ten of 26 letters and digits), too few for a fast hash to protect them if the database leaks, so each is
/// hashed with PBKDF2-SHA256 (<see cref="Iterations"/> rounds) under a random salt drawn afresh with every new set.
/// One salt per user means a redemption costs one PBKDF2 run, compared in fixed time with each stored hash. The row
/// (in AspNetUserTokens, as before) reads <c>pbkdf2$ROUNDS$SALT;HASH;HASH;…</c>; a set stored in plain text by an
/// older version is still honoured and is rewritten hashed at its first redemption.
/// </summary>
public sealed class HashedRecoveryCodeStore(HopeDb context, IdentityErrorDescriber? describer = null)
    : UserStore<StaffUser, IdentityRole, HopeDb>(context, describer)
{
    public const int Iterations = 100_000;
    private const string StoreProvider = "[AspNetUserStore]";
    private const string TokenName = "RecoveryCodes";
    private const string Scheme = "pbkdf2";

    public override Task ReplaceCodesAsync(StaffUser user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recoveryCodes);
        var salt = RandomNumberGenerator.GetBytes(16);
        var parts = new List<string> { string.Create(CultureInfo.InvariantCulture, $"{Scheme}${Iterations}${Convert.ToBase64String(salt)}") };
        parts.AddRange(recoveryCodes.Select(code => Convert.ToBase64String(Hash(code, salt, Iterations))));
        return SetTokenAsync(user, StoreProvider, TokenName, string.Join(';', parts), cancellationToken);
    }

    public override async Task<bool> RedeemCodeAsync(StaffUser user, string code, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        var stored = await GetTokenAsync(user, StoreProvider, TokenName, cancellationToken) ?? "";
        var parts = stored.Split(';', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return false;
        }
        if (!TryHeader(parts[0], out var salt, out var iterations))
        {
            // An older plain-text set: redeem the code, then keep the rest hashed.
            if (!parts.Contains(code, StringComparer.Ordinal))
            {
                return false;
            }
            await ReplaceCodesAsync(user, parts.Where(p => !string.Equals(p, code, StringComparison.Ordinal)), cancellationToken);
            return true;
        }
        var hash = Hash(code, salt, iterations);
        var match = -1;
        for (var i = 1; i < parts.Length; i++)
        {
            // Every stored hash is compared, each in fixed time, so the timing does not tell which one matched.
            if (CryptographicOperations.FixedTimeEquals(hash, FromBase64(parts[i])) && match < 0)
            {
                match = i;
            }
        }
        if (match < 0)
        {
            return false;
        }
        var rest = parts.Where((_, i) => i != match);
        await SetTokenAsync(user, StoreProvider, TokenName, string.Join(';', rest), cancellationToken);
        return true;
    }

    public override async Task<int> CountCodesAsync(StaffUser user, CancellationToken cancellationToken = default)
    {
        var stored = await GetTokenAsync(user, StoreProvider, TokenName, cancellationToken) ?? "";
        var parts = stored.Split(';', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 0 && TryHeader(parts[0], out _, out _) ? parts.Length - 1 : parts.Length;
    }

    private static bool TryHeader(string part, out byte[] salt, out int iterations)
    {
        salt = [];
        iterations = 0;
        var fields = part.Split('$');
        if (fields.Length != 3 || fields[0] != Scheme || !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out iterations))
        {
            return false;
        }
        salt = FromBase64(fields[2]);
        return salt.Length > 0;
    }

    private static byte[] FromBase64(string text)
    {
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out var written) ? buffer[..written] : [];
    }

    private static byte[] Hash(string code, byte[] salt, int iterations) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(code), salt, iterations, HashAlgorithmName.SHA256, 32);
}
