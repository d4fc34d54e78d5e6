using System.Net;
using HopeCase.Core.Beneficiaries;
using HopeCase.Core.Contacts;
using HopeCase.Core.Data;
using HopeCase.Core.Requests;
using HopeCase.Core.Surveys;
using HopeCase.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HopeCase.Tests.Web.Surveys;

public sealed class SurveyPageTests(PublicAppFixture fx) : IClassFixture<PublicAppFixture>
{
    private PublicApp App => fx.App;

    private async Task<string> InvitationAsync(int n, TimeSpan validFor)
    {
        var services = App.Services;
        var saved = await services.GetRequiredService<BeneficiaryService>().CreateAsync(IntakeWorld.Officer, IntakeWorld.Person(IntakeWorld.NationalId(7700 + n), mobile: $"05{60000000 + n}"), true);
        var type = await App.TypeAsync("counselling");
        var request = await services.GetRequiredService<RequestIntakeService>().CreateDraftAsync(IntakeWorld.Officer, saved.Id!.Value, type.Id, "وصف", ContactChannel.Phone);
        var token = SurveyService.NewToken();
        var now = DateTimeOffset.UtcNow;
        await using var db = await services.GetRequiredService<IDbContextFactory<HopeDb>>().CreateDbContextAsync();
        db.SurveyInvitations.Add(new SurveyInvitation(SurveyService.Hash(token), request, SurveyTrigger.DecisionLetter, saved.Id.Value, null, null, null,
            ContactChannel.Phone, type.Id, now.AddDays(-1), now + validFor));
        await db.SaveChangesAsync();
        return token;
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string token, bool complete = true)
    {
        var url = $"/survey/{token}";
        var antiforgery = await PublicApp.TokenAsync(client, url);
        var fields = new Dictionary<string, string>
        {
            ["_handler"] = "survey",
            ["__RequestVerificationToken"] = antiforgery,
            ["Input.Overall"] = "5",
            ["Input.Courtesy"] = "4",
            ["Input.Clarity"] = "5",
            ["Input.Speed"] = "3",
            ["Input.Ease"] = "4",
            ["Input.Comment"] = "خدمة ممتازة",
        };
        if (complete)
        {
            fields["Input.Recommend"] = "9";
        }
        using var form = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(url, UriKind.Relative), form);
    }

    [Fact]
    public async Task The_survey_page_takes_one_answer_then_says_the_link_was_used()
    {
        var token = await InvitationAsync(1, TimeSpan.FromDays(7));
        var client = App.ClientFrom("10.6.0.1");

        var page = await client.GetStringAsync(new Uri($"/survey/{token}", UriKind.Relative));
        Assert.Contains("data-testid=\"q-Overall\"", page, StringComparison.Ordinal);

        var missing = await PostAsync(client, token, complete: false);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("survey-errors", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var ok = await PostAsync(client, token);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Contains("survey-thanks", await ok.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var again = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/survey/{token}", UriKind.Relative)));
        Assert.Contains("data-state=\"Used\"", again, StringComparison.Ordinal);
        Assert.Contains("سبق أن استُخدم هذا الرابط", again, StringComparison.Ordinal);
        Assert.DoesNotContain("survey-submit", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_link_says_so_politely()
    {
        var token = await InvitationAsync(2, TimeSpan.FromMinutes(-1));
        var page = WebUtility.HtmlDecode(await App.ClientFrom("10.6.0.2").GetStringAsync(new Uri($"/survey/{token}", UriKind.Relative)));
        Assert.Contains("data-state=\"Expired\"", page, StringComparison.Ordinal);
        Assert.Contains("انتهت صلاحية رابط هذه الاستبانة", page, StringComparison.Ordinal);
        Assert.DoesNotContain("survey-submit", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        var token = await InvitationAsync(3, TimeSpan.FromDays(7));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "survey", ["Input.Overall"] = "1" });
        var response = await App.ClientFrom("10.6.0.3").PostAsync(new Uri($"/survey/{token}", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(SurveyLinkState.Valid, await App.Services.GetRequiredService<SurveyService>().StateAsync(token));
    }
}
