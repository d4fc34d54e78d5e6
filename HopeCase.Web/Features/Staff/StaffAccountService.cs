using System.Security.Cryptography;
using HopeCase.Core.Audit;
using HopeCase.Core.Data;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Web.Features.Staff;

public sealed record StaffAccount(string Id, string Email, string DisplayName, bool IsActive, IReadOnlyList<string> Roles,
    DateTimeOffset? LastSignInAt, int FailedAttempts, DateTimeOffset? LockoutEnd, bool MustChangePassword);

/// <summary>
/// One colleague's account, for administrators: roles changed, a temporary password that must be changed at the next
/// sign-in, the last sign-in and the failed attempts. Every change renews the security stamp (open sessions end at
/// their next revalidation) and is audited.
/// </summary>
public sealed class StaffAccountService(IServiceScopeFactory scopes, IDbContextFactory<HopeDb> dbs, AuditLog audit)
{
    public async Task<StaffAccount?> GetAsync(Actor actor, string userId, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "read a staff account", Roles.Admin);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var u = await db.Users.AsNoTracking().SingleOrDefaultAsync(x => x.Id == userId, ct);
        if (u is null)
        {
            return null;
        }
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == userId select r.Name!).ToListAsync(ct);
        return new StaffAccount(u.Id, u.Email ?? "", u.DisplayName, u.IsActive, roles.Order(StringComparer.Ordinal).ToList(), u.LastSignInAt, u.AccessFailedCount, u.LockoutEnd, u.MustChangePassword);
    }

    /// <summary>The latest failed or refused sign-ins of this account, from the audit trail (which keeps the real reason).</summary>
    public async Task<IReadOnlyList<(DateTimeOffset At, string Action, string? Origin)>> RecentFailuresAsync(Actor actor, string userId, int take = 10, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "read a staff account", Roles.Admin);
        string[] failures = ["SignInFailed", "SignInLockedOut", "SignInRefusedDisabled", "SignInSecondFactorFailed", "PasswordResetLinkRefused"];
        await using var db = await dbs.CreateDbContextAsync(ct);
        var rows = await db.AuditEntries.AsNoTracking().Where(a => a.UserId == userId && failures.Contains(a.Action))
            .OrderByDescending(a => a.Id).Take(take).Select(a => new { a.At, a.Action, a.Origin }).ToListAsync(ct);
        return rows.Select(r => (r.At, r.Action, r.Origin)).ToList();
    }

    public async Task<StaffResult> SetRolesAsync(Actor actor, string userId, IReadOnlyCollection<string> roles, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "change staff roles", Roles.Admin);
        ArgumentNullException.ThrowIfNull(roles);
        if (roles.Count == 0 || roles.Any(r => !Roles.All.Contains(r)))
        {
            return StaffResult.Fail("roles");
        }
        if (userId == actor.UserId && !roles.Contains(Roles.Admin))
        {
            return StaffResult.Fail("selfAdmin");
        }
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        // The identity store saves through the scope's HopeDb: the roles, the new stamp and the audit entry commit together.
        var db = scope.ServiceProvider.GetRequiredService<HopeDb>();
        await using var tx = await db.Database.BeginWriteAsync(ct);
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return StaffResult.Fail("missing");
        }
        var current = await users.GetRolesAsync(user);
        var remove = current.Except(roles).ToList();
        var add = roles.Except(current).ToList();
        if (remove.Count > 0 && await users.RemoveFromRolesAsync(user, remove) is { Succeeded: false } removed)
        {
            return Failed(removed);
        }
        if (add.Count > 0 && await users.AddToRolesAsync(user, add) is { Succeeded: false } added)
        {
            return Failed(added);
        }
        audit.Add(db, actor, "StaffRolesChanged", "StaffUser", user.Id, $"{user.Email}: [{string.Join(",", current)}] → [{string.Join(",", roles)}]");
        if (await users.UpdateSecurityStampAsync(user) is { Succeeded: false } stamped)
        {
            return Failed(stamped);
        }
        await tx.CommitAsync(ct);
        return StaffResult.Ok;
    }

    /// <summary>Gives a temporary password (shown once to the administrator) that must be changed at the next sign-in; unlocks the account.</summary>
    public async Task<(StaffResult Result, string? Password)> ResetPasswordAsync(Actor actor, string userId, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "reset a staff password", Roles.Admin);
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var db = scope.ServiceProvider.GetRequiredService<HopeDb>();
        await using var tx = await db.Database.BeginWriteAsync(ct);
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return (StaffResult.Fail("missing"), null);
        }
        var password = Temporary();
        // Generated to the password rules, so it is hashed directly; the flag, the unlock, the new stamp and the audit
        // entry are saved in one update, in one transaction.
        user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
        user.MustChangePassword = true;
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        audit.Add(db, actor, "StaffPasswordReset", "StaffUser", user.Id, $"{user.Email}: temporary password, change required");
        if (await users.UpdateSecurityStampAsync(user) is { Succeeded: false } reset)
        {
            return (Failed(reset), null);
        }
        await tx.CommitAsync(ct);
        return (StaffResult.Ok, password);
    }

    private static StaffResult Failed(IdentityResult result) => new(false, result.Errors.Select(e => $"{e.Code}: {e.Description}").ToList());

    /// <summary>16 characters from an alphabet without look-alikes, with each class the password rules ask for.</summary>
    public static string Temporary()
    {
        const string lower = "abcdefghijkmnpqrstuvwxyz", upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", digits = "23456789", all = lower + upper + digits;
        var chars = new char[16];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = all[RandomNumberGenerator.GetInt32(all.Length)];
        }
        (chars[0], chars[5], chars[10]) = (lower[RandomNumberGenerator.GetInt32(lower.Length)], upper[RandomNumberGenerator.GetInt32(upper.Length)], digits[RandomNumberGenerator.GetInt32(digits.Length)]);
        return new string(chars);
    }
}
