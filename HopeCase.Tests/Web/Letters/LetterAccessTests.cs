using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using HopeCase.Core.Audit;
using HopeCase.Core.Data;
using HopeCase.Core.Letters;
using HopeCase.Core.Saudi;
using HopeCase.Web.Demo;
using HopeCase.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Tests.Web.Letters;

/// <summary>Letters follow the request they belong to; batches are capped POSTs with antiforgery, audited.</summary>
public sealed partial class LetterAccessTests(LetterApp app) : IClassFixture<LetterApp>
{
    private static readonly DateOnly Today = SaudiTime.LocalDate(DateTimeOffset.UtcNow);

    private async Task<(Letter OfRequest, Letter Open)> IssueAsync()
    {
        await using var db = await app.Get<IDbContextFactory<HopeDb>>().CreateDbContextAsync();
        var request = await db.Requests.AsNoTracking().OrderBy(r => r.Id).FirstAsync();
        var ofRequest = await app.Letters.IssueAsync(LetterApp.Officer, SampleLetters.For(LetterType.Acceptance, true, Today) with
        {
            BeneficiaryId = request.BeneficiaryId, SubjectType = "SupportRequest", SubjectId = request.Id.ToString(CultureInfo.InvariantCulture),
        });
        var open = await app.Letters.IssueAsync(LetterApp.Officer, SampleLetters.For(LetterType.CommitteeMinutes, true, Today));
        return (ofRequest, open);
    }

    [Fact]
    public async Task A_letter_about_a_request_is_refused_to_who_may_not_read_the_request()
    {
        var (ofRequest, open) = await IssueAsync();
        var admin = await app.Factory.SignedInClientAsync("admin@hope.demo");
        var relations = await app.Factory.SignedInClientAsync("relations@hope.demo");

        // The administrator prints letters but reads no file: the minutes yes, the request's letter no.
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(Url($"{open.Id}.pdf"))).StatusCode);
        AssertDenied(await admin.GetAsync(Url($"{ofRequest.Id}.pdf")));
        AssertDenied(await admin.GetAsync(Url($"{ofRequest.Id}-copy.pdf")));
        var register = await app.Letters.ListAsync(LetterApp.Admin, printQueue: false);
        Assert.Contains(register, r => r.Id == open.Id);
        Assert.DoesNotContain(register, r => r.Id == ofRequest.Id);
        // The relations officer sees every file, so the request's letter too.
        var pdf = await relations.GetAsync(Url($"{ofRequest.Id}.pdf"));
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.True(pdf.Headers.CacheControl?.NoStore, "letters are not cached");

        // A batch with one letter the actor may not read is refused whole.
        AssertDenied(await PostBatchAsync(admin, "labels.pdf", $"{open.Id},{ofRequest.Id}"));
        Assert.Equal(HttpStatusCode.OK, (await PostBatchAsync(admin, "labels.pdf", $"{open.Id}")).StatusCode);
    }

    [Fact]
    public async Task Batches_are_posts_with_antiforgery_capped_and_audited()
    {
        var (ofRequest, open) = await IssueAsync();
        var client = await app.Factory.SignedInClientAsync("relations@hope.demo");
        var ids = $"{open.Id},{ofRequest.Id}";

        // A GET has no effect: there is no GET batch any more.
        Assert.NotEqual(HttpStatusCode.OK, (await client.GetAsync(Url($"labels.pdf?ids={ids}"))).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await client.GetAsync(Url($"batch.pdf?ids={ids}"))).StatusCode);
        // A POST without the page's token is refused.
        using (var bare = new FormUrlEncodedContent(new Dictionary<string, string> { ["ids"] = ids }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync(Url("labels.pdf"), bare)).StatusCode);
        }
        // Over the cap: refused.
        var tooMany = string.Join(",", Enumerable.Range(1, LetterAccess.MaxBatch + 1));
        Assert.Equal(HttpStatusCode.BadRequest, (await PostBatchAsync(client, "labels.pdf", tooMany)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostBatchAsync(client, "batch.pdf", tooMany)).StatusCode);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            app.Letters.SetMailStatusAsync(LetterApp.Officer, Enumerable.Range(1, LetterAccess.MaxBatch + 1).ToList(), MailStatus.Mailed));

        var labels = await PostBatchAsync(client, "labels.pdf", ids);
        Assert.Equal(HttpStatusCode.OK, labels.StatusCode);
        Assert.Equal("application/pdf", labels.Content.Headers.ContentType?.MediaType);
        Assert.True(labels.Headers.CacheControl?.NoStore, "labels carry names and addresses: not cached");
        Assert.Equal(HttpStatusCode.OK, (await PostBatchAsync(client, "batch.pdf", ids)).StatusCode);
        var trail = await app.Get<AuditLog>().LatestAsync(Auditor.Actor, 50, nameof(Letter));
        Assert.True(trail.Any(a => a.Action == "LabelsPrinted" && a.Details == $"shown:2[{ofRequest.Id},{open.Id}]"), $"{ofRequest.Id},{open.Id}: " + string.Join(" | ", trail.Select(a => a.Action + " " + a.Details)));
        Assert.Contains(trail, a => a.Action == "LettersPrinted" && a.Details == $"shown:2[{ofRequest.Id},{open.Id}]");
    }

    private static Uri Url(string file) => new("/letters/files/" + file, UriKind.Relative);

    private static void AssertDenied(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode is HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && HopeAppFactory.PathOf(response).StartsWith("/account/access-denied", StringComparison.Ordinal)),
            $"{(int)response.StatusCode} {HopeAppFactory.PathOf(response)}");
    }

    /// <summary>Posts a batch as the letters page's form does: with the antiforgery token the page carries.</summary>
    private static async Task<HttpResponseMessage> PostBatchAsync(HttpClient client, string file, string ids)
    {
        var page = await client.GetStringAsync(new Uri("/letters", UriKind.Relative));
        var token = WebUtility.HtmlDecode(TokenPattern().Match(page).Groups[1].Value);
        Assert.NotEmpty(token);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["ids"] = ids, ["__RequestVerificationToken"] = token });
        return await client.PostAsync(Url(file), form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
