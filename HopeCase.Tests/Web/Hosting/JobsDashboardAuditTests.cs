using System.Net;
using HopeCase.Core.Audit;
using HopeCase.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HopeCase.Tests.Web.Hosting;

/// <summary>Issue 10: an admin's every look at /jobs (the Hangfire dashboard) is in the audit trail; its scripts and styles are not.</summary>
public sealed class JobsDashboardAuditTests(SharedApp app) : IClassFixture<SharedApp>
{
    [Fact]
    public async Task Each_dashboard_page_an_admin_opens_is_audited_with_its_path()
    {
        var admin = await app.Factory.SignedInClientAsync("admin@hope.demo");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(new Uri("/jobs/recurring", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(new Uri("/jobs/jobs/succeeded", UriKind.Relative))).StatusCode);
        var manager = await app.Factory.SignedInClientAsync("manager@hope.demo");
        Assert.NotEqual(HttpStatusCode.OK, (await manager.GetAsync(new Uri("/jobs/servers", UriKind.Relative))).StatusCode);

        var trail = await app.Factory.Services.GetRequiredService<AuditLog>().LatestAsync(Auditor.Actor, 200, "BackgroundJob");
        var views = trail.Where(e => e.Action == "JobsDashboardViewed").ToList();
        Assert.Contains(views, e => e.Details == "GET /jobs/recurring" && e.UserName is not null);
        Assert.Contains(views, e => e.Details == "GET /jobs/jobs/succeeded");
        Assert.DoesNotContain(views, e => e.Details!.Contains("/servers", StringComparison.Ordinal));
        Assert.DoesNotContain(views, e => e.Details!.Contains("/css", StringComparison.Ordinal) || e.Details.Contains("/js", StringComparison.Ordinal));
    }
}
