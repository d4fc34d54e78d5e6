using HopeCase.Core.Audit;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using Microsoft.AspNetCore.Identity;

namespace HopeCase.Web.Account;

/// <summary>
/// The password step of signing in. Every failure (unknown email, wrong password, disabled, locked, throttled)
/// comes back the same, and each costs one password hash, so neither the answer nor its timing tells them apart;
/// the audit trail keeps the real reason.
/// </summary>
public sealed class SignInFlow(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, IPasswordHasher<StaffUser> hasher,
    SignInThrottle throttle, AuditLog audit)
{
    // A hash of a random password, verified when there is no real one to verify, so a miss costs the same.
    private static readonly Lazy<string> DecoyHash = new(() => new PasswordHasher<StaffUser>().HashPassword(new StaffUser(), Guid.NewGuid().ToString("N")));

    public async Task<SignInStep> PasswordAsync(string email, string password, string client, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(password);
        email = email.Trim();
        var actor = new Actor(null, email, new HashSet<string>()) { Origin = client };
        if (!throttle.TryAcquire(client, email))
        {
            Decoy(password);
            await audit.RecordAsync(actor, "SignInThrottled", ct: ct);
            return SignInStep.Failed;
        }
        var user = await users.FindByNameAsync(email);
        actor = actor with { UserId = user?.Id };
        if (user is null || !user.IsActive || await users.IsLockedOutAsync(user))
        {
            // Identity answers these before it hashes anything: hash here so they take as long as a wrong password.
            Decoy(password);
            var reason = user is null ? "SignInFailed" : !user.IsActive ? "SignInRefusedDisabled" : "SignInLockedOut";
            await audit.RecordAsync(actor, reason, ct: ct);
            return SignInStep.Failed;
        }
        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.RecordAsync(actor, "SignIn", ct: ct);
            return SignInStep.SignedIn;
        }
        if (result.RequiresTwoFactor)
        {
            await audit.RecordAsync(actor, "SignInPasswordAccepted", details: "second factor asked", ct: ct);
            return SignInStep.SecondFactor;
        }
        await audit.RecordAsync(actor, result.IsLockedOut ? "SignInLockedOut" : "SignInFailed", ct: ct);
        return SignInStep.Failed;
    }

    /// <summary>The second step with a code from the authenticator app, or with one of the recovery codes.</summary>
    public async Task<bool> SecondFactorAsync(string code, bool recovery, string client, CancellationToken ct = default)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        var actor = new Actor(user?.Id, user?.UserName, new HashSet<string>()) { Origin = client };
        if (user is null || !throttle.TryAcquire(client, user.UserName ?? user.Id))
        {
            await audit.RecordAsync(actor, user is null ? "SignInSecondFactorExpired" : "SignInThrottled", ct: ct);
            return false;
        }
        // Spaces are dropped (people type the code in groups); a recovery code keeps its dash, as it was issued.
        var clean = (code ?? "").Replace(" ", "", StringComparison.Ordinal).Trim();
        var result = recovery
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(clean)
            : await signIn.TwoFactorAuthenticatorSignInAsync(clean, isPersistent: false, rememberClient: false);
        if (result.Succeeded && !user.IsActive)
        {
            await signIn.SignOutAsync();
            result = Microsoft.AspNetCore.Identity.SignInResult.NotAllowed;
        }
        var action = result.Succeeded ? (recovery ? "SignInWithRecoveryCode" : "SignIn") : (result.IsLockedOut ? "SignInLockedOut" : "SignInSecondFactorFailed");
        await audit.RecordAsync(actor, action, ct: ct);
        return result.Succeeded;
    }

    private void Decoy(string password) =>
        hasher.VerifyHashedPassword(new StaffUser(), DecoyHash.Value, password);
}
