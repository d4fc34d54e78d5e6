using Bunit;
using HopeCase.Core.Staff;
using HopeCase.Tests.Support;
using HopeCase.Web.Features.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HopeCase.Tests.Web.Staff;

/// <summary>An administrator changes a colleague's roles and gives a temporary password; the page shows sign-ins and failures.</summary>
[Collection(HangfireCoreCollection.Name)]
public sealed class StaffAccountTests : AppComponentTest
{
    [Fact]
    public async Task Roles_change_and_a_temporary_password_must_be_changed_and_both_are_audited()
    {
        await SignInAsync(IntakeWorld.Admin);
        var accounts = Services.GetRequiredService<StaffAccountService>();
        var before = await accounts.GetAsync(IntakeWorld.Admin, "u-res");
        Assert.NotNull(before);

        Assert.True((await accounts.SetRolesAsync(IntakeWorld.Admin, "u-res", [Roles.ResearchOfficer, Roles.CommitteeMember])).Succeeded);
        Assert.Equal([Roles.CommitteeMember, Roles.ResearchOfficer], (await accounts.GetAsync(IntakeWorld.Admin, "u-res"))!.Roles);
        Assert.Equal("selfAdmin", (await accounts.SetRolesAsync(IntakeWorld.Admin, "u-adm", [Roles.Manager])).Errors[0]);
        await Assert.ThrowsAsync<HopeCase.Core.Security.ForbiddenException>(() => accounts.SetRolesAsync(IntakeWorld.Manager, "u-res", [Roles.Admin]));

        var (result, password) = await accounts.ResetPasswordAsync(IntakeWorld.Admin, "u-res");
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(16, password!.Length);
        using (var scope = Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var user = await users.FindByIdAsync("u-res");
            Assert.True(await users.CheckPasswordAsync(user!, password));
            Assert.True(user!.MustChangePassword);
        }
        await using var db = await Intake.Dbs.CreateDbContextAsync();
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == "StaffRolesChanged" && a.EntityId == "u-res"));
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == "StaffPasswordReset" && a.EntityId == "u-res"));
        Assert.DoesNotContain(password, string.Join(' ', await db.AuditEntries.Select(a => a.Details ?? "").ToListAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_account_page_shows_failed_attempts_and_gives_the_temporary_password_after_confirmation()
    {
        await SignInAsync(IntakeWorld.Admin);
        await using (var db = await Intake.Dbs.CreateDbContextAsync())
        {
            var u = await db.Users.SingleAsync(x => x.Id == "u-res");
            u.AccessFailedCount = 3;
            await db.SaveChangesAsync();
        }
        var cut = RenderPage<StaffAccountPage>(p => p.Add(x => x.Id, "u-res"));
        cut.WaitForAssertion(() => Assert.Equal("3", cut.Find("[data-testid=failed-attempts]").TextContent.Trim()));
        Assert.Equal("لم يدخل بعد", cut.Find("[data-testid=last-sign-in]").TextContent.Trim());
        cut.Find("button[data-testid=reset-password]").Click();
        AnswerDialog("إعادة تعيين كلمة المرور");
        cut.WaitForAssertion(() => Assert.Equal(16, cut.Find("[data-testid=temporary-password]").TextContent.Trim().Length));
        cut.WaitForAssertion(() => Assert.Equal("0", cut.Find("[data-testid=failed-attempts]").TextContent.Trim()));
    }
}
