using HopeCase.Core.Audit;
using HopeCase.Core.Data;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Web.Features.Staff;

public sealed record StaffRow(string Id, string Email, string DisplayName, bool IsActive, bool LockedOut, IReadOnlyList<string> Roles);

public sealed record NewStaff(string Email, string DisplayName, string Password, IReadOnlyCollection<string> Roles);

public sealed record StaffResult(bool Succeeded, IReadOnlyList<string> Errors)
{
    public static StaffResult Ok { get; } = new(true, []);

    public static StaffResult Fail(params string[] errors) => new(false, errors);
}

/// <summary>Users and roles, for administrators only; every change is audited.</summary>
public sealed class StaffAdminService(IServiceScopeFactory scopes, IDbContextFactory<HopeDb> dbs, AuditLog audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<StaffRow>> ListAsync(Actor actor, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "list staff", Roles.Admin);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        var users = await db.Users.AsNoTracking().OrderBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.IsActive, u.LockoutEnd }).ToListAsync(ct);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name })
            .AsNoTracking().ToListAsync(ct);
        return users.Select(u => new StaffRow(u.Id, u.Email ?? "", u.DisplayName, u.IsActive, u.LockoutEnd > now,
            roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).OrderBy(n => n, StringComparer.Ordinal).ToList())).ToList();
    }

    public async Task<StaffResult> CreateAsync(Actor actor, NewStaff input, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "create staff", Roles.Admin);
        ArgumentNullException.ThrowIfNull(input);
        if (input.Roles.Count == 0 || input.Roles.Any(r => !Roles.All.Contains(r)))
        {
            return StaffResult.Fail("roles");
        }
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        // The identity store saves through the scope's HopeDb: the account, its roles and the audit entry commit together.
        var db = scope.ServiceProvider.GetRequiredService<HopeDb>();
        await using var tx = await db.Database.BeginWriteAsync(ct);
        var user = new StaffUser
        {
            UserName = input.Email.Trim(),
            Email = input.Email.Trim(),
            EmailConfirmed = true,
            DisplayName = input.DisplayName.Trim(),
            CreatedAt = clock.GetUtcNow(),
        };
        var created = await users.CreateAsync(user, input.Password);
        if (!created.Succeeded)
        {
            return new StaffResult(false, created.Errors.Select(e => e.Description).ToList());
        }
        audit.Add(db, actor, "StaffCreated", "StaffUser", user.Id, $"{user.Email} [{string.Join(",", input.Roles)}]");
        var roles = await users.AddToRolesAsync(user, input.Roles);
        if (!roles.Succeeded)
        {
            return new StaffResult(false, roles.Errors.Select(e => e.Description).ToList());
        }
        await tx.CommitAsync(ct);
        return StaffResult.Ok;
    }

    /// <summary>Disabling also renews the security stamp, so an open session is signed out at its next revalidation.</summary>
    public async Task<StaffResult> SetActiveAsync(Actor actor, string userId, bool active, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "disable or enable staff", Roles.Admin);
        if (!active && userId == actor.UserId)
        {
            return StaffResult.Fail("self");
        }
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var db = scope.ServiceProvider.GetRequiredService<HopeDb>();
        await using var tx = await db.Database.BeginWriteAsync(ct);
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return StaffResult.Fail("missing");
        }
        user.IsActive = active;
        if (active)
        {
            user.LockoutEnd = null;
            user.AccessFailedCount = 0;
        }
        // One save: the flag, the new security stamp (open sessions end at their next revalidation) and the audit entry.
        audit.Add(db, actor, active ? "StaffEnabled" : "StaffDisabled", "StaffUser", user.Id, user.Email);
        var saved = await users.UpdateSecurityStampAsync(user);
        if (!saved.Succeeded)
        {
            return new StaffResult(false, saved.Errors.Select(e => e.Description).ToList());
        }
        await tx.CommitAsync(ct);
        return StaffResult.Ok;
    }
}
