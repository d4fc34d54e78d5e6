using Bunit;
using HopeCase.Core.Requests;
using HopeCase.Core.Security;
using HopeCase.Tests.Support;
using HopeCase.Web.Features.Requests;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Tests.Web.Requests;

/// <summary>The applicant's declaration: nothing is signed without a signature, and signing (irreversible) is confirmed first.</summary>
[Collection(HangfireCoreCollection.Name)]
public sealed class DeclarationPanelTests : AppComponentTest
{
    private int _changed;

    private async Task<IRenderedComponent<DeclarationPanel>> PanelAsync(Actor who)
    {
        var id = await Intake.CompleteDraftAsync(await Intake.NewBeneficiaryAsync(), sign: false);
        await SignInAsync(who);
        if (who == IntakeWorld.Researcher)
        {
            // A research officer reads only the requests assigned to them (docs/security/access.md).
            await using var db = await Intake.Dbs.CreateDbContextAsync();
            (await db.Requests.SingleAsync(r => r.Id == id)).AssignResearcher(who.UserId!);
            await db.SaveChangesAsync();
        }
        var view = (await Intake.Intake.GetAsync(who, id))!;
        return RenderPage<DeclarationPanel>(p => p.Add(x => x.Request, view).Add(x => x.Editable, true).Add(x => x.Changed, () => _changed++));
    }

    private async Task<int> DeclarationsAsync()
    {
        await using var db = await Intake.Dbs.CreateDbContextAsync();
        return await db.Declarations.CountAsync();
    }

    [Fact]
    public async Task Without_a_drawn_signature_or_paper_form_nothing_is_signed()
    {
        var cut = await PanelAsync(IntakeWorld.Officer);
        Assert.True(cut.Find("[data-testid=sign]").HasAttribute("disabled"));
        cut.Find("[data-testid=signer-name]").Input("أحمد محمد علي الزهراني");
        cut.Find("[data-testid=sign]").Click();

        Snackbars.WaitForAssertion(() => Assert.Contains("ارسم التوقيع أو اختر نموذج الإقرار الموقَّع.", Snackbars.Markup, StringComparison.Ordinal));
        Assert.Empty(Dialogs.FindAll(".mud-dialog"));
        Assert.Equal(0, await DeclarationsAsync());
    }

    [Fact]
    public async Task A_paper_form_is_signed_only_after_confirmation()
    {
        var cut = await PanelAsync(IntakeWorld.Officer);
        cut.Find("[data-testid=signer-name]").Input("أحمد محمد علي الزهراني");
        cut.FindAll("input[type=radio]")[1].Click();
        cut.WaitForElement("[data-testid=paper-declaration]");
        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(IntakeWorld.Pdf("declaration"), "declaration.pdf", contentType: "application/pdf"));

        cut.Find("[data-testid=sign]").Click();
        Assert.Contains("لا يمكن تعديله بعد ذلك", Dialogs.WaitForElement(".mud-dialog").TextContent, StringComparison.Ordinal);
        AnswerDialog("إلغاء");
        Dialogs.WaitForAssertion(() => Assert.Empty(Dialogs.FindAll(".mud-dialog")));
        Assert.Equal(0, await DeclarationsAsync());
        Assert.Equal(0, _changed);

        cut.Find("[data-testid=sign]").Click();
        AnswerDialog("تسجيل التوقيع");
        cut.WaitForAssertion(() => Assert.Equal(1, _changed));
        await using var db = await Intake.Dbs.CreateDbContextAsync();
        var signed = await db.Declarations.AsNoTracking().SingleAsync();
        Assert.Equal((SignatureKind.PaperFormUploaded, "أحمد محمد علي الزهراني"), (signed.Kind, signed.SignerName));
    }

    [Fact]
    public async Task A_research_officer_reads_the_declaration_text_but_cannot_sign()
    {
        var cut = await PanelAsync(IntakeWorld.Researcher);
        Assert.NotEmpty(cut.Find("[data-testid=declaration-text]").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid=sign]"));
        Assert.Empty(cut.FindAll("[data-testid=signer-name]"));
    }
}
