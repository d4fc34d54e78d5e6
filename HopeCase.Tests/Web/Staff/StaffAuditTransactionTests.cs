using HopeCase.Core.Staff;
using HopeCase.Tests.Support;
using HopeCase.Web.Features.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HopeCase.Tests.Web.Staff;

/// <summary>
/// An account change and its audit entry are one transaction: when the database refuses the entry, the role change,
/// the temporary password, the disabling and the second-factor reset are
/// not kept either (the password set by a link: PasswordResetLinkTests).
/// </summary>
[Collection(HangfireCoreCollection.Name)]
public sealed class StaffAuditTransactionTests : AppComponentTest
{
    private sealed record Snapshot(string? PasswordHash, string? Stamp, bool IsActive, bool TwoFactor, string Roles, bool MustChange);

    private async Task<Snapshot> SnapshotAsync(string userId)
    {
        await using var db = await Intake.Dbs.CreateDbContextAsync();
        var u = await db.Users.AsNoTracking().SingleAsync(x => x.Id == userId);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == userId orderby r.Name select r.Name).ToListAsync();
        return new Snapshot(u.PasswordHash, u.SecurityStamp, u.IsActive, u.TwoFactorEnabled, string.Join(",", roles), u.MustChangePassword);
    }

    private async Task<int> EntriesAsync(string action)
    {
        await using var db = await Intake.Dbs.CreateDbContextAsync();
        return await db.AuditEntries.CountAsync(a => a.Action == action);
    }

    [Theory]
    [InlineData("StaffRolesChanged")]
    [InlineData("StaffPasswordReset")]
    [InlineData("StaffDisabled")]
    [InlineData("StaffTwoFactorReset")]
    public async Task A_refused_audit_entry_leaves_the_account_as_it_was(string action)
    {
        await SignInAsync(IntakeWorld.Admin);
        var before = await SnapshotAsync("u-res");
        await FailingSaves.RefuseAuditAsync(Intake.Dbs, action);
        Func<Task> change = action switch
        {
            "StaffRolesChanged" => () => Services.GetRequiredService<StaffAccountService>().SetRolesAsync(IntakeWorld.Admin, "u-res", [Roles.CommitteeMember]),
            "StaffPasswordReset" => () => Services.GetRequiredService<StaffAccountService>().ResetPasswordAsync(IntakeWorld.Admin, "u-res"),
            "StaffDisabled" => () => Services.GetRequiredService<StaffAdminService>().SetActiveAsync(IntakeWorld.Admin, "u-res", false),
            _ => () => Services.GetRequiredService<StaffTwoFactorService>().ResetAsync(IntakeWorld.Admin, "u-res"),
        };
        await Assert.ThrowsAsync<DbUpdateException>(change);
        Assert.Equal(before, await SnapshotAsync("u-res"));
        Assert.Equal(0, await EntriesAsync(action));
    }
}
