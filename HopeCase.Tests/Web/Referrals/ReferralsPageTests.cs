using Bunit;
using HopeCase.Tests.Support;
using HopeCase.Web.Features.Referrals;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Tests.Web.Referrals;

/// <summary>The research officer's referral queue: answered by the research officer only, and live when a colleague refers.</summary>
[Collection(HangfireCoreCollection.Name)]
public sealed class ReferralsPageTests : AppComponentTest
{
    [Fact]
    public async Task A_referral_made_while_the_page_is_open_appears_without_a_reload()
    {
        var first = await Intake.NewBeneficiaryAsync(1);
        var second = await Intake.NewBeneficiaryAsync(2, "خالد");
        await Intake.Referrals.ReferAsync(IntakeWorld.Officer, first, null, null, "هل يحتاج زيارة منزلية عاجلة؟");
        await SignInAsync(IntakeWorld.Researcher);
        var cut = RenderPage<ReferralsPage>();
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=referral]")));

        await Intake.Referrals.ReferAsync(IntakeWorld.Officer, second, null, null, "هل الدخل المذكور كافٍ لاستبعاده؟");

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=referral]").Count));
        Assert.Contains("هل الدخل المذكور كافٍ لاستبعاده؟", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("خالد محمد علي الزهراني", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_research_officer_answers_and_the_referral_leaves_the_queue()
    {
        var beneficiary = await Intake.NewBeneficiaryAsync(1);
        var id = await Intake.Referrals.ReferAsync(IntakeWorld.Officer, beneficiary, null, null, "هل يحتاج زيارة منزلية عاجلة؟");
        await SignInAsync(IntakeWorld.Researcher);
        var cut = RenderPage<ReferralsPage>();
        Assert.True(cut.WaitForElement("[data-testid=send-answer]").HasAttribute("disabled"));

        cut.Find("[data-testid=referral-answer]").Input("نعم، خلال ثلاثة أيام");
        cut.Find("[data-testid=send-answer]").Click();

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=referral]")));
        Assert.Contains("لا يوجد عمل معلّق هنا.", cut.Markup, StringComparison.Ordinal);
        await using var db = await Intake.Dbs.CreateDbContextAsync();
        Assert.Equal("نعم، خلال ثلاثة أيام", (await db.Referrals.AsNoTracking().SingleAsync(r => r.Id == id)).Answer);
    }

    [Fact]
    public async Task A_manager_reads_the_queue_but_has_no_answer_box()
    {
        var beneficiary = await Intake.NewBeneficiaryAsync(1);
        await Intake.Referrals.ReferAsync(IntakeWorld.Officer, beneficiary, null, null, "هل يحتاج زيارة منزلية عاجلة؟");
        await SignInAsync(IntakeWorld.Manager);
        var cut = RenderPage<ReferralsPage>();

        Assert.Contains("هل يحتاج زيارة منزلية عاجلة؟", cut.WaitForElement("[data-testid=referral]").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=referral-answer]"));
        Assert.Empty(cut.FindAll("[data-testid=send-answer]"));
    }
}
