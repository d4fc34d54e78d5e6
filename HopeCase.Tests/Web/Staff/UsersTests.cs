using Bunit;
using HopeCase.Tests.Support;
using HopeCase.Web.Features.Staff;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Tests.Web.Staff;

/// <summary>The users page: disabling someone asks first, and an admin cannot lock themselves out.</summary>
[Collection(HangfireCoreCollection.Name)]
public sealed class UsersTests : AppComponentTest
{
    private const string Researcher = "[data-testid='toggle-u-res@hope.test']";

    private async Task<bool> ActiveAsync(string id)
    {
        await using var db = await Intake.Dbs.CreateDbContextAsync();
        return (await db.Users.AsNoTracking().SingleAsync(u => u.Id == id)).IsActive;
    }

    private static string RowOf(IRenderedComponent<Users> cut, string userId) =>
        cut.FindAll("[data-testid=users] tbody tr").Single(r => r.TextContent.Contains($"{userId}@hope.test", StringComparison.Ordinal)).TextContent;

    [Fact]
    public async Task Disabling_a_user_asks_for_confirmation_and_cancel_changes_nothing()
    {
        await SignInAsync(IntakeWorld.Admin);
        var cut = RenderPage<Users>();
        cut.WaitForElement(Researcher);
        Assert.Contains("نشط", RowOf(cut, "u-res"), StringComparison.Ordinal);

        cut.Find(Researcher).Click();
        Assert.Contains("سيُمنع مسؤول البحث من الدخول", Dialogs.WaitForElement(".mud-dialog").TextContent, StringComparison.Ordinal);
        AnswerDialog("إلغاء");
        Dialogs.WaitForAssertion(() => Assert.Empty(Dialogs.FindAll(".mud-dialog")));
        Assert.True(await ActiveAsync("u-res"));

        cut.Find(Researcher).Click();
        AnswerDialog("إيقاف");
        cut.WaitForAssertion(() => Assert.Contains("موقوف", RowOf(cut, "u-res"), StringComparison.Ordinal));
        Assert.False(await ActiveAsync("u-res"));
        Assert.Equal("تفعيل", cut.Find(Researcher).TextContent.Trim());
    }

    [Fact]
    public async Task An_admin_cannot_disable_their_own_account()
    {
        await SignInAsync(IntakeWorld.Admin);
        var cut = RenderPage<Users>();
        cut.WaitForElement("[data-testid='toggle-u-adm@hope.test']").Click();
        AnswerDialog("إيقاف");

        Snackbars.WaitForAssertion(() => Assert.Contains("لا يمكنك إيقاف حسابك أنت.", Snackbars.Markup, StringComparison.Ordinal));
        Assert.True(await ActiveAsync("u-adm"));
        Assert.Contains("نشط", RowOf(cut, "u-adm"), StringComparison.Ordinal);
    }
}
