using System.Net;
using HopeCase.Core.Audit;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using HopeCase.Tests.Support;
using HopeCase.Web.Account;
using HopeCase.Web.Features.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace HopeCase.Tests.Web.Account;

public sealed class TwoFactorGateTests
{
    private const string Password = "a manager's long pass phrase";

    [Fact]
    public async Task A_manager_without_a_second_factor_reaches_only_enrolment()
    {
        using var factory = new HopeAppFactory();
        await NewStaffAsync(factory, "new.manager@hope.demo", Roles.Manager);
        var client = await factory.SignedInClientAsync("new.manager@hope.demo", Password);

        foreach (var path in new[] { "/", "/dashboard", "/beneficiaries", "/account/password", "/dashboard/export/xlsx?from=2026-01-01&to=2026-01-31" })
        {
            var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(TwoFactorGate.EnrolPath, HopeAppFactory.PathOf(response));
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync(new Uri("/_blazor/negotiate?negotiateVersion=1", UriKind.Relative), null)).StatusCode);
        var enrol = await client.GetAsync(new Uri(TwoFactorGate.EnrolPath, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, enrol.StatusCode);
        Assert.Contains("data-testid=\"enrol-qr\"", await enrol.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_relations_officer_is_offered_a_second_factor_but_not_forced()
    {
        using var factory = new HopeAppFactory();
        var client = await factory.SignedInClientAsync("relations@hope.demo");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
        var manage = await client.GetStringAsync(new Uri("/account/two-factor", UriKind.Relative));
        Assert.Contains("data-testid=\"two-factor-enrol\"", manage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_resets_a_colleagues_second_factor_audited_and_the_colleague_must_enrol_again()
    {
        using var factory = new HopeAppFactory();
        var service = factory.Services.GetRequiredService<StaffTwoFactorService>();
        string managerId, adminId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            managerId = (await users.FindByEmailAsync("manager@hope.demo"))!.Id;
            adminId = (await users.FindByEmailAsync("admin@hope.demo"))!.Id;
        }
        var admin = new Actor(adminId, "admin@hope.demo", new HashSet<string> { Roles.Admin });
        var officer = new Actor("x", "relations@hope.demo", new HashSet<string> { Roles.RelationsOfficer });
        await Assert.ThrowsAsync<ForbiddenException>(() => service.ResetAsync(officer, managerId));
        Assert.False((await service.ResetAsync(admin, adminId)).Succeeded);
        Assert.True(await service.IsOnAsync(admin, managerId));

        Assert.True((await service.ResetAsync(admin, managerId)).Succeeded);

        Assert.False(await service.IsOnAsync(admin, managerId));
        var trail = await factory.Services.GetRequiredService<AuditLog>().LatestAsync(Auditor.Actor, 5, "StaffUser", managerId);
        Assert.Contains(trail, a => a.Action == "StaffTwoFactorReset" && a.UserName == "admin@hope.demo");
        // The old key no longer signs in: the manager is asked no code and sent to enrolment.
        var client = await factory.SignedInClientAsync("manager@hope.demo");
        var home = await client.GetAsync(new Uri("/dashboard", UriKind.Relative));
        Assert.Equal(TwoFactorGate.EnrolPath, HopeAppFactory.PathOf(home));
    }

    internal static async Task NewStaffAsync(HopeAppFactory factory, string email, string role)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = new StaffUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "مدير جديد", CreatedAt = DateTimeOffset.UtcNow };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        await users.AddToRoleAsync(user, role);
    }
}
