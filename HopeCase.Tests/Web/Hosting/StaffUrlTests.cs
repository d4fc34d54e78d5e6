using System.Net;
using HopeCase.Core.Beneficiaries;
using HopeCase.Core.Data;
using HopeCase.Core.Requests;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using HopeCase.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HopeCase.Tests.Web.Hosting;

/// <summary>
/// Every staff URL of the running app (its @page components and its minimal APIs, read from the app's endpoint
/// table, route parameters filled with seeded ids): anonymous is sent to sign in, a wrong role refused, and no page
/// shows a record to staff the record is not theirs to read.
/// </summary>
public sealed class StaffUrlTests(SharedApp app) : IClassFixture<SharedApp>
{
    /// <summary>The pages that are public on purpose; any other routable page must demand a signed-in user.</summary>
    private static readonly string[] PublicPages =
    [
        "/account/access-denied", "/account/forgot-password", "/account/login", "/account/login-2fa",
        "/account/reset-password", "/apply", "/apply/done", "/error", "/not-found",
        "/feedback/send", "/public/guides", "/survey/{Token}", "/track", "/verify/{Code}", "/you-said-we-did",
    ];

    [Fact]
    public async Task Every_routable_page_is_public_on_purpose_or_a_staff_url()
    {
        var staff = (await StaffEndpoints.ListAsync(app.Factory.Services)).Select(e => e.Route).ToHashSet(StringComparer.Ordinal);
        var pages = typeof(Program).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes(typeof(Microsoft.AspNetCore.Components.RouteAttribute), false).Cast<Microsoft.AspNetCore.Components.RouteAttribute>())
            .Select(r => r.Template).Distinct().ToList();
        Assert.True(pages.Count > 40, $"{pages.Count} pages");
        Assert.All(pages, p => Assert.True(staff.Contains(p) || PublicPages.Contains(p), $"{p} is neither a staff URL nor on the public list"));
        Assert.Contains("/letters/files/labels.pdf", staff);
        Assert.Contains("/jobs/{**path}", staff);
    }

    [Fact]
    public async Task Anonymous_is_sent_to_sign_in_from_every_staff_url()
    {
        var endpoints = await StaffEndpoints.ListAsync(app.Factory.Services);
        var ids = await StaffEndpoints.SeededIdsAsync(app.Factory.Services);
        var client = app.Factory.NewClient();
        var wrong = new List<string>();
        foreach (var e in endpoints)
        {
            var response = await SendAsync(client, e, StaffEndpoints.Fill(e.Route, ids));
            if (response.StatusCode != HttpStatusCode.Redirect || !HopeAppFactory.PathOf(response).StartsWith("/account/login", StringComparison.Ordinal))
            {
                wrong.Add($"{e}: {(int)response.StatusCode} {HopeAppFactory.PathOf(response)}");
            }
        }
        Assert.True(endpoints.Count > 50, $"{endpoints.Count} endpoints");
        Assert.Empty(wrong);
    }

    [Fact]
    public async Task A_wrong_role_is_refused_on_every_staff_url()
    {
        var endpoints = await StaffEndpoints.ListAsync(app.Factory.Services);
        var ids = await StaffEndpoints.SeededIdsAsync(app.Factory.Services);
        var clients = new Dictionary<string, HttpClient>(StringComparer.Ordinal);
        var wrong = new List<string>();
        var tried = 0;
        foreach (var e in endpoints.Where(e => !e.OpenToEveryRole))
        {
            foreach (var role in Roles.All.Where(r => !e.Roles.Contains(r)))
            {
                if (!clients.TryGetValue(role, out var client))
                {
                    clients[role] = client = await app.Factory.SignedInClientAsync(StaffEndpoints.DemoUsers[role]);
                }
                var response = await SendAsync(client, e, StaffEndpoints.Fill(e.Route, ids));
                tried++;
                if (!IsRefused(response))
                {
                    wrong.Add($"{e} as {role}: {(int)response.StatusCode} {HopeAppFactory.PathOf(response)}");
                }
            }
        }
        Assert.True(tried > 100, $"{tried} tries");
        Assert.Empty(wrong);
    }

    [Theory]
    [InlineData(Roles.CommitteeMember)]
    [InlineData(Roles.ResearchOfficer)]
    [InlineData(Roles.ServiceProvider)]
    public async Task No_staff_page_shows_a_person_whose_file_is_not_the_users(string role)
    {
        var services = app.Factory.Services;
        await using var db = await services.GetRequiredService<IDbContextFactory<HopeDb>>().CreateDbContextAsync();
        var user = await db.Users.SingleAsync(u => u.Email == StaffEndpoints.DemoUsers[role]);
        var actor = new Actor(user.Id, user.DisplayName, new HashSet<string> { role });
        var related = await RequestAccess.RelatedRequests(db, actor).ToListAsync();
        var relatedPeople = await db.Requests.Where(r => related.Contains(r.Id)).Select(r => r.BeneficiaryId).ToListAsync();
        // A request that is not the user's, and a person none of whose requests is (the two need not be the same).
        var other = await db.Requests.Include(r => r.Beneficiary).Where(r => !related.Contains(r.Id)).OrderBy(r => r.Id).FirstAsync();
        var person = await db.Beneficiaries.Where(b => !relatedPeople.Contains(b.Id)).OrderBy(b => b.Id).FirstOrDefaultAsync() ?? await NewPersonAsync(db, role);
        var people = relatedPeople.Contains(other.BeneficiaryId) ? new[] { person } : new[] { person, other.Beneficiary! };
        var otherIds = (Func<string, string, string>)((feature, _) => feature == "beneficiaries" ? Id(person.Id) : Id(other.Id));

        var client = await app.Factory.SignedInClientAsync(StaffEndpoints.DemoUsers[role]);
        var endpoints = (await StaffEndpoints.ListAsync(services)).Where(e => e.Method == HttpMethods.Get && (e.OpenToEveryRole || e.Roles.Contains(role))).ToList();
        var leaks = new List<string>();
        foreach (var e in endpoints)
        {
            var url = StaffEndpoints.Fill(e.Route, otherIds);
            var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();
            foreach (var secret in people.SelectMany(p => new[] { p.NationalId, p.Mobile, p.FullName }).OfType<string>())
            {
                if (body.Contains(secret, StringComparison.Ordinal))
                {
                    leaks.Add($"{url} shows {secret}");
                }
            }
        }
        // The person's own pages refuse outright.
        Assert.True(IsRefused(await client.GetAsync(new Uri($"/requests/{other.Id}", UriKind.Relative))), $"/requests/{other.Id}");
        Assert.True(IsRefused(await client.GetAsync(new Uri($"/beneficiaries/{person.Id}", UriKind.Relative))), $"/beneficiaries/{person.Id}");
        Assert.True(endpoints.Count > 5, $"{endpoints.Count} pages");
        Assert.Empty(leaks);
    }

    /// <summary>A person registered at the front desk with no request: nobody's but the front desk's.</summary>
    private async Task<Beneficiary> NewPersonAsync(HopeDb db, string role)
    {
        var n = 70000000 + Roles.All.ToList().IndexOf(role);
        var officer = new Actor("url-test-relations", "موظف", new HashSet<string> { Roles.RelationsOfficer });
        var saved = await app.Factory.Services.GetRequiredService<BeneficiaryService>()
            .CreateAsync(officer, IntakeWorld.Person(IntakeWorld.NationalId(n), "ثامر", "البلوي", mobile: $"05{n + 1}"), acknowledgeWarnings: true);
        Assert.True(saved.Saved, string.Join(",", saved.Errors));
        return await db.Beneficiaries.AsNoTracking().SingleAsync(b => b.Id == saved.Id);
    }

    private static string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static bool IsRefused(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Forbidden
        || (response.StatusCode == HttpStatusCode.Redirect && HopeAppFactory.PathOf(response).StartsWith("/account/access-denied", StringComparison.Ordinal));

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, StaffEndpoint e, string url)
    {
        using var request = new HttpRequestMessage(new HttpMethod(e.Method), new Uri(url, UriKind.Relative));
        if (e.Method != HttpMethods.Get)
        {
            request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["ids"] = "1" });
        }
        return await client.SendAsync(request);
    }
}
