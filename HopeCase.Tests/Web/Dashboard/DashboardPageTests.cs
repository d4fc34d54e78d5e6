using Bunit;
using HopeCase.Core.Surveys;
using HopeCase.Tests.Support;
using HopeCase.Web.Features.Dashboard;
using Microsoft.Extensions.DependencyInjection;

namespace HopeCase.Tests.Web.Dashboard;

/// <summary>The managers' dashboard tiles: the figures come from the surveys recorded, and each opens the list behind it.</summary>
[Collection(HangfireCoreCollection.Name)]
public sealed class DashboardPageTests : AppComponentTest
{
    private Task<int> RecordAsync(int overall, int recommend, string comment) =>
        Services.GetRequiredService<SurveyService>().RecordOfflineAsync(IntakeWorld.Officer, null, SurveyMode.Phone,
            new SurveyAnswer(new SurveyScores(overall, overall, overall, overall, overall, recommend), comment, Anonymous: false));

    [Fact]
    public async Task The_tiles_count_the_surveys_and_the_responses_tile_lists_them()
    {
        await SignInAsync(IntakeWorld.Manager);
        await RecordAsync(5, 10, "خدمة ممتازة");
        await RecordAsync(5, 9, "شكرًا");
        await RecordAsync(4, 7, "جيد");
        await RecordAsync(2, 3, "تأخر الرد");
        Clock.Advance(TimeSpan.FromHours(1));
        var cut = RenderPage<DashboardPage>();

        Assert.Equal("4", cut.WaitForElement("[data-testid=tile-responses]").TextContent.Trim());
        Assert.Equal("75.0%", cut.Find("[data-testid=tile-csat]").TextContent.Trim());
        Assert.Equal("25.0", cut.Find("[data-testid=tile-nps]").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid=drill-list]"));

        cut.Find("[data-testid=tile-responses]").Click();
        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("[data-testid=drill-row]").Count));
        Assert.Contains("(4)", cut.Find("[data-testid=drill-list]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_surveys_the_tiles_show_a_dash_not_zero_percent()
    {
        await SignInAsync(IntakeWorld.Manager);
        var cut = RenderPage<DashboardPage>();
        Assert.Equal("0", cut.WaitForElement("[data-testid=tile-responses]").TextContent.Trim());
        Assert.Equal("—", cut.Find("[data-testid=tile-csat]").TextContent.Trim());
    }

    [Fact]
    public async Task A_relations_officer_is_refused_the_dashboard()
    {
        await SignInAsync(IntakeWorld.Officer);
        await AssertRefusedAsync<DashboardPage>();
    }
}
