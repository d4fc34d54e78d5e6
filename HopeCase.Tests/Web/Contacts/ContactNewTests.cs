using Bunit;
using HopeCase.Core.Contacts;
using HopeCase.Core.Inquiries;
using HopeCase.Tests.Support;
using HopeCase.Web.Features.Contacts;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HopeCase.Tests.Web.Contacts;

/// <summary>Recording a call: nothing to save without a summary; an answer taken from the FAQ is saved with its source.</summary>
[Collection(HangfireCoreCollection.Name)]
public sealed class ContactNewTests : AppComponentTest
{
    private async Task<int> FaqAsync() => await Intake.Guides.SaveFaqAsync(IntakeWorld.Admin, null, GuideKind.SupportPolicyGuide,
        "ما مواعيد استقبال الطلبات؟", "نستقبل الطلبات من الأحد إلى الخميس، من الثامنة صباحًا حتى الثانية ظهرًا.", null, null);

    [Fact]
    public async Task Save_waits_for_a_summary_and_an_faq_answer_is_saved_with_the_call()
    {
        var faq = await FaqAsync();
        await SignInAsync(IntakeWorld.Officer);
        var cut = RenderPage<ContactNew>();
        Assert.True(cut.Find("[data-testid=save-contact]").HasAttribute("disabled"));

        cut.Find("[data-testid=contact-summary]").Input("يسأل عن مواعيد تقديم الطلبات");
        // The FAQ holds the association's own entries too: take the answer from this question's card.
        cut.WaitForAssertion(() => Assert.Contains("ما مواعيد استقبال الطلبات؟", cut.Markup, StringComparison.Ordinal));
        cut.FindAll(".mud-card").Single(c => c.TextContent.Contains("ما مواعيد استقبال الطلبات؟", StringComparison.Ordinal))
            .QuerySelector("[data-testid=use-faq]")!.Click();
        cut.WaitForAssertion(() => Assert.Contains($"أُجيب من الأسئلة الشائعة #{faq}", cut.Markup, StringComparison.Ordinal));
        Assert.False(cut.Find("[data-testid=save-contact]").HasAttribute("disabled"));
        cut.Find("[data-testid=save-contact]").Click();

        var nav = Services.GetRequiredService<NavigationManager>();
        cut.WaitForAssertion(() => Assert.EndsWith("/inquiries", nav.Uri, StringComparison.Ordinal));
        await using var db = await Intake.Dbs.CreateDbContextAsync();
        var saved = await db.Contacts.AsNoTracking().SingleAsync();
        Assert.Equal(("يسأل عن مواعيد تقديم الطلبات", faq, ContactChannel.Phone, "موظف العلاقات"), (saved.Summary, saved.FaqEntryId!.Value, saved.Channel, saved.StaffName));
        Assert.StartsWith("نستقبل الطلبات من الأحد إلى الخميس", saved.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_call_about_a_beneficiary_returns_to_the_file_and_asks_no_caller_details()
    {
        var beneficiary = await Intake.NewBeneficiaryAsync(1);
        await SignInAsync(IntakeWorld.Officer);
        var nav = Services.GetRequiredService<NavigationManager>();
        nav.NavigateTo($"/contacts/new?beneficiary={beneficiary}");
        var cut = RenderPage<ContactNew>();
        Assert.DoesNotContain("اسم المتصل", cut.Markup, StringComparison.Ordinal);

        cut.Find("[data-testid=contact-summary]").Input("اتصل ليسأل عن حالة طلبه");
        cut.Find("[data-testid=save-contact]").Click();

        cut.WaitForAssertion(() => Assert.EndsWith($"/beneficiaries/{beneficiary}", nav.Uri, StringComparison.Ordinal));
        await using var db = await Intake.Dbs.CreateDbContextAsync();
        Assert.Equal(beneficiary, (await db.Contacts.AsNoTracking().SingleAsync()).BeneficiaryId);
    }
}
