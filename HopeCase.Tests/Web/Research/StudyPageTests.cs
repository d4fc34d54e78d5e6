using Bunit;
using HopeCase.Core.Requests;
using HopeCase.Tests.Support;
using HopeCase.Web.Features.Research;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HopeCase.Tests.Web.Research;

/// <summary>The social study: the assigned research officer edits it and confirms before sending; a manager only reads it.</summary>
[Collection(HangfireCoreCollection.Name)]
public sealed class StudyPageTests : AppComponentTest
{
    private async Task<int> UnderStudyAsync()
    {
        var id = await World.SubmittedAsync();
        await World.Research.AssignAsync(IntakeWorld.Manager, id, ResearchWorld.Researcher.UserId!);
        return id;
    }

    private static string ValueOf(AngleSharp.Dom.IElement field) => field.GetAttribute("value") ?? field.TextContent;

    private static void Fill(IRenderedComponent<StudyPage> cut)
    {
        cut.WaitForElement("[data-testid=visit-date]").Change("2026-11-23");
        cut.Find("[data-testid=findings]").Change("يعيش مع أسرته ويعاني من قلق شديد بعد فقد عمله");
        cut.Find("[data-testid=needs]").Change("جلسات إرشاد نفسي أسبوعية");
        cut.Find("[data-testid=reasons]").Change("الحاجة ثابتة والشروط منطبقة");
    }

    [Fact]
    public async Task Sending_to_the_committee_asks_first_and_cancel_leaves_the_study_with_the_officer()
    {
        var id = await UnderStudyAsync();
        await SignInAsync(ResearchWorld.Researcher);
        var cut = RenderPage<StudyPage>(p => p.Add(x => x.Id, id));
        Fill(cut);

        cut.Find("[data-testid=send-study]").Click();
        Assert.Contains("لن تتمكن من تعديلها بعد الإرسال", Dialogs.WaitForElement(".mud-dialog").TextContent, StringComparison.Ordinal);
        AnswerDialog("إلغاء");
        Dialogs.WaitForAssertion(() => Assert.Empty(Dialogs.FindAll(".mud-dialog")));
        Assert.Equal(RequestStatus.UnderStudy, (await World.RequestAsync(id)).Status);
        Assert.NotEmpty(cut.FindAll("[data-testid=send-study]"));
    }

    [Fact]
    public async Task Saving_keeps_the_study_and_it_is_read_back_on_the_next_visit()
    {
        var id = await UnderStudyAsync();
        await SignInAsync(ResearchWorld.Researcher);
        var cut = RenderPage<StudyPage>(p => p.Add(x => x.Id, id));
        Fill(cut);
        cut.Find("[data-testid=save-study]").Click();

        Snackbars.WaitForAssertion(() => Assert.Contains("حُفظت الدراسة.", Snackbars.Markup, StringComparison.Ordinal));
        await using (var db = await Intake.Dbs.CreateDbContextAsync())
        {
            Assert.Equal("جلسات إرشاد نفسي أسبوعية", (await db.SocialStudies.AsNoTracking().SingleAsync(s => s.SupportRequestId == id)).NeedsAssessment);
        }
        var again = Render<StudyPage>(p => p.Add(x => x.Id, id));
        again.WaitForAssertion(() => Assert.Equal("يعيش مع أسرته ويعاني من قلق شديد بعد فقد عمله", ValueOf(again.Find("[data-testid=findings]"))));
    }

    [Fact]
    public async Task Sent_after_confirmation_the_request_awaits_the_committee()
    {
        var id = await UnderStudyAsync();
        await SignInAsync(ResearchWorld.Researcher);
        var cut = RenderPage<StudyPage>(p => p.Add(x => x.Id, id));
        Fill(cut);
        cut.Find("[data-testid=send-study]").Click();
        AnswerDialog("إرسال إلى اللجنة");

        var nav = Services.GetRequiredService<NavigationManager>();
        cut.WaitForAssertion(() => Assert.EndsWith("/research", nav.Uri, StringComparison.Ordinal));
        Assert.Equal(RequestStatus.AwaitingCommittee, (await World.RequestAsync(id)).Status);
    }

    [Fact]
    public async Task A_manager_reads_the_study_without_save_or_send()
    {
        var id = await UnderStudyAsync();
        await World.Research.SaveStudyAsync(ResearchWorld.Researcher, id, ResearchWorld.Study());
        await SignInAsync(IntakeWorld.Manager);
        var cut = RenderPage<StudyPage>(p => p.Add(x => x.Id, id));

        Assert.Equal("قيد الدراسة", cut.WaitForElement("[data-testid=request-status]").TextContent.Trim());
        Assert.True(cut.Find("[data-testid=findings]").HasAttribute("disabled"));
        Assert.Contains("يعيش مع أسرته", ValueOf(cut.Find("[data-testid=findings]")), StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=save-study]"));
        Assert.Empty(cut.FindAll("[data-testid=send-study]"));
    }
}
