using System.Globalization;
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
        if (string.IsNullOrWhiteSpace(key) || token is not { Length: 6 } || !int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return false;
        }
        var stored = await manager.GetAuthenticationTokenAsync(user, StoreProvider, LastStepName);
        var last = long.TryParse(stored, NumberStyles.None, CultureInfo.InvariantCulture, out var l) ? l : long.MinValue;
        // Otp.NET checks the code against each step of the window and says which step it was.
        var totp = new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(key));
        if (!totp.VerifyTotp(token, out var step, new OtpNet.VerificationWindow(Skew, Skew)) || step <= last)
        {
            return false;
        }
        var result = await manager.SetAuthenticationTokenAsync(user, StoreProvider, LastStepName, step.ToString(CultureInfo.InvariantCulture));
        return result.Succeeded;
    }
}
