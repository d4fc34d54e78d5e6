using Bunit;
using HopeCase.Core.Requests;
using HopeCase.Tests.Support;
using HopeCase.Web.Features.ServiceDelivery;

namespace HopeCase.Tests.Web.ServiceDelivery;

/// <summary>The service plan: who may start it, and closing a case asks for a reason and warns that it is final.</summary>
[Collection(HangfireCoreCollection.Name)]
public sealed class ServicePlanPageTests : AppComponentTest
{
    [Fact]
    public async Task A_relations_officer_reads_the_page_but_gets_no_start_form()
    {
        var id = await World.RegisteredAsync();
        await SignInAsync(IntakeWorld.Officer);
        var cut = RenderPage<ServicePlanPage>(p => p.Add(x => x.RequestId, id));
        cut.WaitForAssertion(() => Assert.Contains("لا يوجد عمل معلّق هنا.", cut.Markup, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("[data-testid=start-service]"));
    }

    [Fact]
    public async Task The_manager_sees_the_start_form_for_a_registered_request()
    {
        var id = await World.RegisteredAsync();
        await SignInAsync(IntakeWorld.Manager);
        var cut = RenderPage<ServicePlanPage>(p => p.Add(x => x.RequestId, id));
        var start = cut.WaitForElement("[data-testid=start-service]");
        Assert.Contains("بدء الخدمة", start.TextContent, StringComparison.Ordinal);
        Assert.True(start.QuerySelectorAll("button").Single(b => b.TextContent.Contains("بدء الخدمة", StringComparison.Ordinal)).HasAttribute("disabled"));
    }

    [Fact]
    public async Task Closing_the_case_asks_for_a_reason_with_a_warning_and_cancel_keeps_it_open()
    {
        var id = await World.RegisteredAsync();
        await World.Delivery.StartAsync(IntakeWorld.Manager, id, ResearchWorld.Provider.UserId!);
        await SignInAsync(ResearchWorld.Provider);
        var cut = RenderPage<ServicePlanPage>(p => p.Add(x => x.RequestId, id));
        cut.WaitForElement("[data-testid=book-form]");
        Assert.Contains("جلسات إرشاد نفسي فردية", cut.Markup, StringComparison.Ordinal);

        CloseButton(cut).Click();
        var dialog = Dialogs.WaitForElement(".mud-dialog");
        Assert.Contains("الإغلاق نهائي، وتُرسل بعده استبانة الرضا للمستفيد.", dialog.TextContent, StringComparison.Ordinal);
        Assert.True(Dialogs.Find("[data-testid=prompt-ok]").HasAttribute("disabled"));
        AnswerDialog("إلغاء");
        Dialogs.WaitForAssertion(() => Assert.Empty(Dialogs.FindAll(".mud-dialog")));
        Assert.Equal(RequestStatus.InService, (await World.RequestAsync(id)).Status);

        CloseButton(cut).Click();
        Dialogs.WaitForElement("[data-testid=prompt-text]").Input("أتم الجلسات المقررة وتحسنت حالته");
        Dialogs.Find("[data-testid=prompt-ok]").Click();
        cut.WaitForAssertion(() => Assert.Contains("أتم الجلسات المقررة وتحسنت حالته", cut.Markup, StringComparison.Ordinal));
        Assert.Equal(RequestStatus.Closed, (await World.RequestAsync(id)).Status);
        Assert.Empty(cut.FindAll("[data-testid=book-form]"));
    }

    private static AngleSharp.Dom.IElement CloseButton(IRenderedComponent<ServicePlanPage> cut) =>
        cut.FindAll("[data-testid=book-form] button").Single(b => b.TextContent.Contains("إغلاق الحالة", StringComparison.Ordinal));
}
