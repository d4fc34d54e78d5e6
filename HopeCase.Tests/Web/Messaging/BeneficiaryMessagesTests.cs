using Bunit;
using HopeCase.Tests.Support;
using HopeCase.Web.Features.Messaging;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Tests.Web.Messaging;

/// <summary>The messages panel on a beneficiary's file: their own messages with how each went, and their language.</summary>
[Collection(HangfireCoreCollection.Name)]
public sealed class BeneficiaryMessagesTests : AppComponentTest
{
    [Fact]
    public async Task The_file_lists_this_beneficiarys_receipt_sms_and_not_anyone_elses()
    {
        var mine = await World.SubmittedAsync(1);
        var theirs = await World.SubmittedAsync(2);
        var (me, myRef, theirRef) = ((await World.RequestAsync(mine)).BeneficiaryId, (await World.RequestAsync(mine)).Reference!, (await World.RequestAsync(theirs)).Reference!);
        await SignInAsync(IntakeWorld.Officer);
        var cut = RenderPage<BeneficiaryMessages>(p => p.Add(x => x.BeneficiaryId, me));

        var row = Assert.Single(cut.WaitForElements("[data-testid=message-row]"));
        Assert.Equal("Pending", row.GetAttribute("data-status"));
        Assert.Contains("إشعار استلام الطلب", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("رسالة نصية", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("بانتظار الإرسال", row.TextContent, StringComparison.Ordinal);
        Assert.Contains(myRef, row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(theirRef, cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_without_messages_says_so()
    {
        var beneficiary = await Intake.NewBeneficiaryAsync(1);
        await SignInAsync(IntakeWorld.Researcher);
        var cut = RenderPage<BeneficiaryMessages>(p => p.Add(x => x.BeneficiaryId, beneficiary));
        cut.WaitForAssertion(() => Assert.Contains("لا توجد رسائل لهذا المستفيد", cut.Markup, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("[data-testid=message-row]"));
    }

    [Fact]
    public async Task The_officer_switches_the_language_of_future_messages()
    {
        var beneficiary = await Intake.NewBeneficiaryAsync(1);
        await SignInAsync(IntakeWorld.Officer);
        var cut = RenderPage<BeneficiaryMessages>(p => p.Add(x => x.BeneficiaryId, beneficiary));
        cut.WaitForAssertion(() => Assert.DoesNotContain("mud-progress-linear", cut.Markup, StringComparison.Ordinal));
        Choose(cut, "message-language", "English");

        Snackbars.WaitForAssertion(() => Assert.NotEmpty(Snackbars.FindAll(".mud-snackbar")));
        await using var db = await Intake.Dbs.CreateDbContextAsync();
        Assert.Equal("en", (await db.Beneficiaries.AsNoTracking().SingleAsync(b => b.Id == beneficiary)).MessageLanguage);
    }

    [Fact]
    public async Task A_research_officer_reads_the_messages_but_has_no_language_choice()
    {
        var beneficiary = (await World.RequestAsync(await World.SubmittedAsync(1))).BeneficiaryId;
        await SignInAsync(IntakeWorld.Researcher);
        var cut = RenderPage<BeneficiaryMessages>(p => p.Add(x => x.BeneficiaryId, beneficiary));
        Assert.Single(cut.WaitForElements("[data-testid=message-row]"));
        Assert.Empty(cut.FindAll("[data-testid=message-language]"));
    }
}
