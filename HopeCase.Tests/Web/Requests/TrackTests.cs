using System.Net;
using HopeCase.Tests.Support;
using static HopeCase.Tests.Support.PublicApp;

namespace HopeCase.Tests.Web.Requests;

public sealed class TrackTests(PublicAppFixture fx) : IClassFixture<PublicAppFixture>
{
    private PublicApp App => fx.App;

    private async Task<string> ApplyAsync(string nationalId, string from)
    {
        var type = await App.TypeAsync("crisis");
        var fields = ValidFields(nationalId);
        foreach (var r in type.Requirements.Where(r => r.HasExpiry))
        {
            fields[HopeCase.Web.Features.Requests.ApplyForm.ExpiryField(r.Id)] = "1455/01/01";
        }
        var uploads = type.Requirements.Select(r => new Upload(HopeCase.Web.Features.Requests.ApplyForm.FileField(r.Id), "id.pdf", "application/pdf", Pdf()));
        var response = await PostApplyAsync(App.ClientFrom(from), type.Id, fields, uploads);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Uri.UnescapeDataString(response.Headers.Location!.OriginalString.Split("ref=")[1]);
    }

    [Fact]
    public async Task The_right_pair_shows_the_status_in_words_and_nothing_else()
    {
        var id = IntakeWorld.NationalId(8001);
        var reference = await ApplyAsync(id, "10.2.0.1");
        var response = await PostTrackAsync(App.ClientFrom("10.2.0.1"), reference, id[^4..]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("وارد من الموقع", html, StringComparison.Ordinal);
        Assert.Contains("يُحدَّد موعد الرد بعد تحقق الموظف", html, StringComparison.Ordinal);
        Assert.DoesNotContain("سارة", html, StringComparison.Ordinal);
        Assert.DoesNotContain(id, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_reference_and_a_wrong_pair_get_the_same_answer()
    {
        var id = IntakeWorld.NationalId(8002);
        var reference = await ApplyAsync(id, "10.2.0.2");
        var wrongPair = WebUtility.HtmlDecode(await (await PostTrackAsync(App.ClientFrom("10.2.0.2"), reference, "0000")).Content.ReadAsStringAsync());
        var unknown = WebUtility.HtmlDecode(await (await PostTrackAsync(App.ClientFrom("10.2.0.2"), "1400-999999", id[^4..])).Content.ReadAsStringAsync());
        Assert.Contains("data-testid=\"track-miss\"", wrongPair, StringComparison.Ordinal);
        Assert.Equal(Strip(wrongPair, reference, "0000"), Strip(unknown, "1400-999999", id[^4..]));
    }

    private static string Strip(string html, string reference, string last4) =>
        System.Text.RegularExpressions.Regex.Replace(html.Replace(reference, "R", StringComparison.Ordinal).Replace(last4, "L", StringComparison.Ordinal), "CfDJ8[^\"]+|nonce=\"[^\"]+\"", "");

    [Fact]
    public async Task Guessing_the_last_four_digits_is_refused_after_five_misses_while_another_client_still_gets_its_answer()
    {
        var id = IntakeWorld.NationalId(8003);
        var reference = await ApplyAsync(id, "10.2.0.3");
        var guesser = App.ClientFrom("10.2.0.66");
        for (var guess = 0; guess < 5; guess++)
        {
            var miss = await PostTrackAsync(guesser, reference, guess.ToString("0000", System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(HttpStatusCode.OK, miss.StatusCode);
        }
        // The sixth attempt is refused even with the right digits: the window is closed to this client.
        var refused = await PostTrackAsync(guesser, reference, id[^4..]);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("تجاوزت عدد المحاولات المسموح", html, StringComparison.Ordinal);
        Assert.DoesNotContain("وارد من الموقع", html, StringComparison.Ordinal);

        var owner = await PostTrackAsync(App.ClientFrom("10.2.0.67"), reference, id[^4..]);
        Assert.Equal(HttpStatusCode.OK, owner.StatusCode);
        Assert.Contains("وارد من الموقع", WebUtility.HtmlDecode(await owner.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hits_never_count_as_misses_but_every_client_has_a_post_budget()
    {
        var id = IntakeWorld.NationalId(8004);
        var reference = await ApplyAsync(id, "10.2.0.4");
        var client = App.ClientFrom("10.2.0.5");
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await PostTrackAsync(client, reference, id[^4..])).StatusCode);
        }
        var over = await PostTrackAsync(client, reference, id[^4..]);
        Assert.Equal(HttpStatusCode.TooManyRequests, over.StatusCode);
        Assert.Contains("عدد المحاولات من جهازك كبير", await over.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // Reading the page is never limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/track", UriKind.Relative))).StatusCode);
    }
}
