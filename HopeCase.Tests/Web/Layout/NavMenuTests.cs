using Bunit;
using HopeCase.Core.Staff;
using HopeCase.Tests.Support;
using HopeCase.Web.Layout;

namespace HopeCase.Tests.Web.Layout;

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

    private static bool IsAdminPage(string href) => href.StartsWith("/admin", StringComparison.Ordinal) || href == "/jobs";

    [Fact]
    public void An_admin_sees_the_admin_pages()
    {
        var links = LinksFor(Roles.Admin);
        Assert.Equal("/", links[0]);
        Assert.Subset(links.ToHashSet(), new HashSet<string> { "/admin/users", "/admin/organisation", "/admin/audit", "/admin/guides", "/letters", "/admin/letter-templates", "/admin/letterhead", "/jobs" });
    }

    [Fact]
    public void A_relations_officer_sees_intake_work_and_no_admin_pages()
    {
        var links = LinksFor(Roles.RelationsOfficer);
        Assert.DoesNotContain(links, IsAdminPage);
        Assert.Subset(links.ToHashSet(), new HashSet<string> { "/", "/beneficiaries", "/inquiries", "/requests/received", "/letters" });
    }

    [Fact]
    public void A_manager_sees_the_profile_and_audit_but_not_users_guides_or_jobs()
    {
        var links = LinksFor(Roles.Manager);
        Assert.Subset(links.ToHashSet(), new HashSet<string> { "/admin/organisation", "/admin/audit" });
        Assert.DoesNotContain("/admin/users", links);
        Assert.DoesNotContain("/admin/guides", links);
        Assert.DoesNotContain("/jobs", links);
    }

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
