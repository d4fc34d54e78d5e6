using System.Net;
using HopeCase.Core.Data;
using HopeCase.Core.Requests;
using HopeCase.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static HopeCase.Tests.Support.PublicApp;

namespace HopeCase.Tests.Web.Committee;

/// <summary>A rejected applicant finds the appeal form on /track and files an appeal; the request returns to the committee.</summary>
public sealed class AppealTests(PublicAppFixture fx) : IClassFixture<PublicAppFixture>
{
    private static async Task<HttpResponseMessage> PostAppealAsync(HttpClient client, string reference, string last4, string grounds)
    {
        var token = await TokenAsync(client, "/track");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "appeal",
            ["__RequestVerificationToken"] = token,
            ["Appeal.Reference"] = reference,
            ["Appeal.Last4"] = last4,
            ["Appeal.Grounds"] = grounds,
        });
        return await client.PostAsync(new Uri("/track", UriKind.Relative), form);
    }

    [Fact]
    public async Task A_rejected_request_offers_the_appeal_form_and_the_appeal_returns_it_to_the_committee()
    {
        var dbs = fx.App.Services.GetRequiredService<IDbContextFactory<HopeDb>>();
        await using var db = await dbs.CreateDbContextAsync();
        // The demo data holds one request the committee rejected five days ago.
        var rejected = await db.Requests.AsNoTracking().Include(r => r.Beneficiary).FirstAsync(r => r.Status == RequestStatus.Rejected);
        var (reference, last4) = (rejected.PublicReference, rejected.Beneficiary!.NationalId[^4..]);
        var client = fx.App.ClientFrom("10.3.0.1");

        var tracked = WebUtility.HtmlDecode(await (await PostTrackAsync(client, reference, last4)).Content.ReadAsStringAsync());
        Assert.Contains("data-testid=\"appeal-section\"", tracked, StringComparison.Ordinal);
        Assert.DoesNotContain(rejected.Beneficiary.FullName, tracked, StringComparison.Ordinal);

        var empty = WebUtility.HtmlDecode(await (await PostAppealAsync(client, reference, last4, "  ")).Content.ReadAsStringAsync());
        Assert.Contains("data-testid=\"appeal-error\"", empty, StringComparison.Ordinal);
        var forged = WebUtility.HtmlDecode(await (await PostAppealAsync(client, reference, "0000", "أرجو إعادة النظر")).Content.ReadAsStringAsync());
        Assert.Contains("data-testid=\"track-miss\"", forged, StringComparison.Ordinal);
        Assert.Equal(RequestStatus.Rejected, (await db.Requests.AsNoTracking().SingleAsync(r => r.Id == rejected.Id)).Status);

        var filed = WebUtility.HtmlDecode(await (await PostAppealAsync(client, reference, last4, "لم أعد أتلقى الجلسات في المستشفى")).Content.ReadAsStringAsync());
        Assert.Contains("data-testid=\"appeal-filed\"", filed, StringComparison.Ordinal);
        Assert.Equal(RequestStatus.AwaitingCommittee, (await db.Requests.AsNoTracking().SingleAsync(r => r.Id == rejected.Id)).Status);
        Assert.Equal("لم أعد أتلقى الجلسات في المستشفى", (await db.Appeals.AsNoTracking().SingleAsync(a => a.SupportRequestId == rejected.Id)).Grounds);

        var again = WebUtility.HtmlDecode(await (await PostTrackAsync(client, reference, last4)).Content.ReadAsStringAsync());
        Assert.DoesNotContain("data-testid=\"appeal-section\"", again, StringComparison.Ordinal);
    }
}
