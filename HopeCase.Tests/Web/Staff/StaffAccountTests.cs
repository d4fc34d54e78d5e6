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

    [Fact]
    public async Task The_account_page_lists_the_recent_failed_sign_ins_from_the_audit_trail()
    {
        await SignInAsync(IntakeWorld.Admin);
        var researcher = new HopeCase.Core.Security.Actor("u-res", "u-res@hope.test", new HashSet<string>()) { Origin = "10.1.2.3" };
        await Intake.Audit.RecordAsync(researcher, "SignInFailed");
        await Intake.Audit.RecordAsync(researcher, "SignIn");
        await Intake.Audit.RecordAsync(researcher, "SignInLockedOut");
        await Intake.Audit.RecordAsync(IntakeWorld.Officer with { Origin = "10.9.9.9" }, "SignInFailed");

        var cut = RenderPage<StaffAccountPage>(p => p.Add(x => x.Id, "u-res"));
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=recent-failures] li").Count));
        var items = cut.FindAll("[data-testid=recent-failures] li").Select(li => li.TextContent).ToList();
        Assert.Contains("SignInLockedOut", items[0], StringComparison.Ordinal);
        Assert.Contains("SignInFailed", items[1], StringComparison.Ordinal);
        Assert.All(items, i => Assert.Contains("10.1.2.3", i, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("[data-testid=send-reset-link]"));
    }

    [Fact]
    public async Task Disabling_a_colleague_and_its_audit_entry_are_one_transaction()
    {
        await SignInAsync(IntakeWorld.Admin);
        var admin = Services.GetRequiredService<StaffAdminService>();
        await using (var db = await Intake.Dbs.CreateDbContextAsync())
        {
            // The database refuses the audit entry (a full disk, a broken chain): the change must not stay without it.
            await db.Database.ExecuteSqlRawAsync(db.Database.IsNpgsql()
                ? "CREATE OR REPLACE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.\"Action\" = 'StaffDisabled' THEN RAISE EXCEPTION 'the disk is full'; END IF; RETURN NEW; END $$;" +
                  "CREATE TRIGGER refuse_audit BEFORE INSERT ON \"AuditEntries\" FOR EACH ROW EXECUTE FUNCTION refuse_audit();"
                : "CREATE TRIGGER refuse_audit BEFORE INSERT ON AuditEntries WHEN NEW.Action = 'StaffDisabled' BEGIN SELECT RAISE(ABORT, 'the disk is full'); END;");
        }
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => admin.SetActiveAsync(IntakeWorld.Admin, "u-res", false));
        await using (var db = await Intake.Dbs.CreateDbContextAsync())
        {
            Assert.True((await db.Users.AsNoTracking().SingleAsync(u => u.Id == "u-res")).IsActive);
            await db.Database.ExecuteSqlRawAsync(db.Database.IsNpgsql() ? "DROP TRIGGER refuse_audit ON \"AuditEntries\"" : "DROP TRIGGER refuse_audit");
        }
        Assert.True((await admin.SetActiveAsync(IntakeWorld.Admin, "u-res", false)).Succeeded);
        await using var read = await Intake.Dbs.CreateDbContextAsync();
        Assert.False((await read.Users.AsNoTracking().SingleAsync(u => u.Id == "u-res")).IsActive);
        Assert.Equal(1, await read.AuditEntries.CountAsync(a => a.Action == "StaffDisabled" && a.EntityId == "u-res"));
    }
}
