using Bunit;
using HopeCase.Core.Data;
using HopeCase.Web.Components.Layout;

namespace HopeCase.Tests.Web.Components;

public sealed class NavMenuTests : ComponentTestBase
{
    private string[] LinksFor(params string[] roles)
    {
        var auth = AddAuthorization();
        auth.SetAuthorized("someone");
        auth.SetRoles(roles);
        var cut = Render<NavMenu>();
        return cut.FindAll("[data-nav]").Select(a => a.GetAttribute("data-nav")!).ToArray();
    }

    [Fact]
    public void An_admin_sees_the_admin_pages() =>
        Assert.Equal(["/", "/admin/users", "/admin/organisation", "/admin/audit", "/letters", "/admin/letter-templates", "/admin/letterhead", "/jobs"], LinksFor(Roles.Admin));

    [Fact]
    public void A_relations_officer_sees_the_letters_but_no_admin_pages() =>
        Assert.Equal(["/", "/letters"], LinksFor(Roles.RelationsOfficer));

    [Fact]
    public void A_manager_sees_the_profile_and_audit_but_not_users_or_jobs() =>
        Assert.Equal(["/", "/admin/organisation", "/admin/audit", "/letters"], LinksFor(Roles.Manager));

    [Fact]
    public void Nobody_signed_in_sees_nothing()
    {
        AddAuthorization().SetNotAuthorized();
        Assert.Empty(Render<NavMenu>().FindAll("[data-nav]"));
    }

    [Fact]
    public void Links_are_labelled_in_arabic()
    {
        var auth = AddAuthorization();
        auth.SetAuthorized("someone");
        auth.SetRoles(Roles.Admin);
        Assert.Contains("المستخدمون والأدوار", Render<NavMenu>().Markup, StringComparison.Ordinal);
    }
}
