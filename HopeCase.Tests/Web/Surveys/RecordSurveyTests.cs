using Bunit;
using HopeCase.Core.Surveys;
using HopeCase.Tests.Support;
using HopeCase.Web.Features.Surveys;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Tests.Web.Surveys;

/// <summary>A survey taken by phone, typed in by staff: every question must be answered, and the reference must exist.</summary>
[Collection(HangfireCoreCollection.Name)]
public sealed class RecordSurveyTests : AppComponentTest
{
    private async Task<IRenderedComponent<RecordSurvey>> FormAsync()
    {
        await SignInAsync(IntakeWorld.Officer);
        return RenderPage<RecordSurvey>();
    }

    private static void Rate(IRenderedComponent<RecordSurvey> cut, int stars)
    {
        foreach (var q in new[] { "Overall", "Courtesy", "Clarity", "Speed", "Ease" })
        {
            cut.FindAll($"[data-testid=rate-{q}] .mud-rating-item")[stars - 1].Click();
        }
    }

    private async Task<List<SurveyResponse>> SavedAsync()
    {
        await using var db = await Intake.Dbs.CreateDbContextAsync();
        return await db.SurveyResponses.AsNoTracking().ToListAsync();
    }

    [Fact]
    public async Task Unanswered_questions_are_refused_in_arabic_and_nothing_is_saved()
    {
        var cut = await FormAsync();
        Rate(cut, 4);
        cut.Find("[data-testid=save-survey]").Click();

        cut.WaitForAssertion(() => Assert.Contains("نرجو الإجابة عن جميع الأسئلة ذات الأرقام قبل الإرسال.", cut.Markup, StringComparison.Ordinal));
        Assert.Empty(await SavedAsync());
    }

    [Fact]
    public async Task An_unknown_reference_is_refused_and_a_known_one_saves_the_answers_against_the_request()
    {
        var id = await World.SubmittedAsync();
        var reference = (await World.RequestAsync(id)).Reference!;
        var cut = await FormAsync();
        Rate(cut, 5);
        Choose(cut, "recommend", "9");
        cut.Find("[data-testid=reference]").Change("1448-999999");
        cut.Find("[data-testid=save-survey]").Click();

        cut.WaitForAssertion(() => Assert.Contains("لم نجد طلبًا بهذا الرقم.", cut.Markup, StringComparison.Ordinal));
        Assert.Empty(await SavedAsync());

        cut.Find("[data-testid=reference]").Change(reference);
        cut.Find("[data-testid=save-survey]").Click();
        Snackbars.WaitForAssertion(() => Assert.Contains("حُفظت الاستبانة", Snackbars.Markup, StringComparison.Ordinal));
        var saved = Assert.Single(await SavedAsync());
        Assert.Equal((id, SurveyMode.Phone, 5, 9), (saved.SupportRequestId!.Value, saved.Mode, saved.Overall, saved.Recommend));
        Assert.Equal("موظف العلاقات", saved.RecordedByName);
        Assert.DoesNotContain("لم نجد طلبًا بهذا الرقم.", cut.Markup, StringComparison.Ordinal);
    }
}
