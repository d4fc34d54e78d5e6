using HopeCase.Core.Audit;
using HopeCase.Core.Data;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using Microsoft.AspNetCore.Identity;

namespace HopeCase.Web.Features.Staff;

/// <summary>
/// An administrator resets a colleague's second factor (a lost phone): the key and recovery codes are cancelled,
/// the colleague's sessions end at the next revalidation (new security stamp), and a role that needs a second
/// factor is sent to enrolment at the next sign-in. Audited.
/// </summary>
public sealed class StaffTwoFactorService(IServiceScopeFactory scopes, AuditLog audit)
{
    public async Task<StaffResult> ResetAsync(Actor actor, string userId, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "reset a colleague's second factor", Roles.Admin);
        ArgumentNullException.ThrowIfNull(userId);
        if (userId == actor.UserId)
        {
            // One's own is reset on the two-step verification page, which asks for the session's own consent.
            return StaffResult.Fail("selfTwoFactor");
        }
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        // The identity store saves through the scope's HopeDb: the reset and its audit entry commit together or not at all.
        var db = scope.ServiceProvider.GetRequiredService<HopeDb>();
        await using var tx = await db.Database.BeginWriteAsync(ct);
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return StaffResult.Fail("missing");
        }
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
        audit.Add(db, actor, "StaffTwoFactorReset", "StaffUser", user.Id, user.Email);
        if (await users.UpdateSecurityStampAsync(user) is { Succeeded: false } saved)
        {
            return new StaffResult(false, saved.Errors.Select(e => e.Description).ToList());
        }
        await tx.CommitAsync(ct);
        return StaffResult.Ok;
    }

    public async Task<bool> IsOnAsync(Actor actor, string userId)
    {
        Guard.RequireRole(actor, "list staff", Roles.Admin);
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        return await users.FindByIdAsync(userId) is { } user && await users.GetTwoFactorEnabledAsync(user);
    }
}
