using Bunit;
using HopeCase.Core.Requests;
using HopeCase.Tests.Support;
using HopeCase.Web.Features.Registration;

namespace HopeCase.Tests.Web.Registration;

/// <summary>Registering an accepted request: the checklist first, then a confirmation, then the file number.</summary>
[Collection(HangfireCoreCollection.Name)]
public sealed class RegistrationPageTests : AppComponentTest
{
    [Fact]
    public async Task Register_waits_for_the_whole_checklist_and_asks_before_giving_the_file_number()
    {
        var id = await World.AcceptedAsync();
        await World.SubmittedAsync(2);
        await SignInAsync(IntakeWorld.Officer);
        var cut = RenderPage<RegistrationPage>();
        Assert.Single(cut.WaitForElements("[data-testid^=register-]"));
        var button = $"[data-testid=do-register-{id}]";
        Assert.True(cut.Find(button).HasAttribute("disabled"));

        for (var i = 0; i < 4; i++)
        {
            cut.FindAll($"[data-testid=register-{id}] input[type=checkbox]")[i].Change(true);
            if (i < 3)
            {
                Assert.True(cut.Find(button).HasAttribute("disabled"));
            }
        }
        cut.WaitForAssertion(() => Assert.False(cut.Find(button).HasAttribute("disabled")));

        ClickNow(cut, button);
        Assert.Contains("تسجيل أحمد محمد علي الزهراني ومنحه رقم ملف؟", Dialogs.WaitForElement(".mud-dialog").TextContent, StringComparison.Ordinal);
        AnswerDialog("إلغاء");
        Dialogs.WaitForAssertion(() => Assert.Empty(Dialogs.FindAll(".mud-dialog")));
        Assert.Equal(RequestStatus.Accepted, (await World.RequestAsync(id)).Status);

        ClickNow(cut, button);
        AnswerDialog("تسجيل المستفيد");
        Snackbars.WaitForAssertion(() => Assert.Contains("تم التسجيل، ورقم الملف 1448/00001.", Snackbars.Markup, StringComparison.Ordinal));
        Assert.Equal(RequestStatus.Registered, (await World.RequestAsync(id)).Status);
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid^=register-]")));
        Assert.Contains("لا يوجد عمل معلّق هنا.", cut.Markup, StringComparison.Ordinal);
    }
}
