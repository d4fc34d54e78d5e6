using Bunit;
using HopeCase.Core.Letters;
using HopeCase.Tests.Support;
using HopeCase.Web.Features.Letters;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Tests.Web.Letters;

/// <summary>Editing a letter's wording: an unknown placeholder is named and refused; good wording is saved and previewed; unsaved wording is not left without a question.</summary>
[Collection(HangfireCoreCollection.Name)]
public sealed class LetterTemplatesPageTests : AppComponentTest
{
    private async Task<List<LetterTemplate>> SavedAsync()
    {
        await using var db = await Intake.Dbs.CreateDbContextAsync();
        return await db.LetterTemplates.AsNoTracking().ToListAsync();
    }

    [Fact]
    public async Task An_unknown_placeholder_is_named_in_arabic_and_nothing_is_saved()
    {
        await SignInAsync(IntakeWorld.Admin);
        var cut = RenderPage<LetterTemplatesPage>();
        // The field is there before the wording is read: wait for the wording.
        cut.WaitForAssertion(() => Assert.Equal(DefaultWording.For(LetterType.Rejection, arabic: true),
            cut.Find("[data-testid=template-body]").GetAttribute("value") ?? cut.Find("[data-testid=template-body]").TextContent));

        cut.Find("[data-testid=template-body]").Input("السيد {{BeneficiaryName}}، نعتذر. {{IbanNumber}}");
        cut.Find("[data-testid=template-save]").Click();

        var error = cut.WaitForElement("[data-testid=template-error]").TextContent;
        Assert.Contains("لا يمكن الحفظ، عناصر غير معروفة", error, StringComparison.Ordinal);
        Assert.Contains("IbanNumber", error, StringComparison.Ordinal);
        Assert.Empty(await SavedAsync());
    }

    [Fact]
    public async Task Good_wording_is_saved_for_its_type_and_language_and_shown_in_the_preview()
    {
        await SignInAsync(IntakeWorld.Admin);
        var cut = RenderPage<LetterTemplatesPage>();
        var placeholder = LetterWording.Placeholders[0];
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.Find("[data-testid=template-body]").GetAttribute("value") ?? cut.Find("[data-testid=template-body]").TextContent));
        cut.Find("[data-testid=template-body]").Input($"نأسف لإبلاغكم {{{{{placeholder}}}}} بأن الطلب لم يُقبل هذه المرة.");
        cut.Find("[data-testid=template-save]").Click();

        Snackbars.WaitForAssertion(() => Assert.Contains("تم حفظ صيغة الخطاب", Snackbars.Markup, StringComparison.Ordinal));
        var saved = Assert.Single(await SavedAsync());
        Assert.Equal(LetterType.Rejection, saved.Type);
        Assert.StartsWith("نأسف لإبلاغكم", saved.Body, StringComparison.Ordinal);
        cut.WaitForAssertion(() => Assert.Contains("بأن الطلب لم يُقبل هذه المرة", cut.Find("[data-testid=template-preview-frame]").GetAttribute("srcdoc"), StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("[data-testid=template-error]"));
    }

    [Fact]
    public async Task Switching_the_letter_with_unsaved_wording_asks_first_and_keeps_the_edit_when_declined()
    {
        await SignInAsync(IntakeWorld.Admin);
        var cut = RenderPage<LetterTemplatesPage>();
        string Body() => cut.Find("[data-testid=template-body]").GetAttribute("value") ?? cut.Find("[data-testid=template-body]").TextContent;
        cut.WaitForAssertion(() => Assert.Equal(DefaultWording.For(LetterType.Rejection, arabic: true), Body()));
        cut.Find("[data-testid=template-body]").Input("صياغة لم تُحفظ بعد");

        Choose(cut, "template-type", "إشعار بقبول طلب");
        Assert.Contains("في الصياغة تغييرات لم تُحفظ بعد", Dialogs.WaitForElement(".mud-dialog").TextContent, StringComparison.Ordinal);
        AnswerDialog("إلغاء");
        Dialogs.WaitForAssertion(() => Assert.Empty(Dialogs.FindAll(".mud-dialog")));
        Assert.Equal("صياغة لم تُحفظ بعد", Body());
        cut.WaitForAssertion(() => Assert.Contains("إشعار بالاعتذار عن قبول طلب", cut.Find("[data-testid=template-type]").TextContent, StringComparison.Ordinal));

        Choose(cut, "template-type", "إشعار بقبول طلب");
        AnswerDialog("ترك التغييرات");
        cut.WaitForAssertion(() => Assert.Equal(DefaultWording.For(LetterType.Acceptance, arabic: true), Body()));
        Assert.Empty(await SavedAsync());

        // Saved wording, or wording never touched, switches at once without a question.
        Choose(cut, "template-type", "إشعار بالاعتذار عن قبول طلب");
        cut.WaitForAssertion(() => Assert.Equal(DefaultWording.For(LetterType.Rejection, arabic: true), Body()));
        Assert.Empty(Dialogs.FindAll(".mud-dialog"));
    }
}
