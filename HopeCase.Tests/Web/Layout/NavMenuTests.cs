using Bunit;
using Bunit.TestDoubles;
using HopeCase.Core.Staff;
using HopeCase.Tests.Support;
using HopeCase.Web.Layout;
using Microsoft.Extensions.DependencyInjection;

namespace HopeCase.Tests.Web.Layout;

public sealed class NavMenuTests : ComponentTestBase
{
    private BunitNavigationManager SignedIn(params string[] roles)
    {
        var auth = AddAuthorization();
        auth.SetAuthorized("someone");
        auth.SetRoles(roles);
        return Services.GetRequiredService<BunitNavigationManager>();
    }

    private string[] LinksFor(params string[] roles)
    {
        SignedIn(roles);
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
    [Fact]
    public void The_page_open_is_marked_and_the_mark_follows_the_officer()
    {
        var nav = SignedIn(Roles.RelationsOfficer);
        nav.NavigateTo("/beneficiaries/12?tab=timeline");
        var cut = Render<NavMenu>();
        string[] Marked() => cut.FindAll("a.active[aria-current=page]").Select(a => a.GetAttribute("data-nav")!).ToArray();
        Assert.Equal(["/beneficiaries"], Marked());

        nav.NavigateTo("/");
        cut.WaitForAssertion(() => Assert.Equal(["/"], Marked()));
        nav.NavigateTo("/requests/drafts");
        cut.WaitForAssertion(() => Assert.Equal(["/requests/drafts"], Marked()));
    }

    [Fact]
    public void The_jobs_page_is_loaded_whole_and_the_others_in_the_page()
    {
        var nav = SignedIn(Roles.Admin);
        var cut = Render<NavMenu>();
        Assert.Empty(nav.History);

        cut.Find("[data-nav='/jobs']").Click();
        Assert.True(nav.History.Single().Options.ForceLoad);
        Assert.EndsWith("/jobs", nav.Uri, StringComparison.Ordinal);
        Assert.Throws<Bunit.MissingEventHandlerException>(() => cut.Find("[data-nav='/admin/users']").Click());
    }
}
