using Bunit;
using HopeCase.Core.Contacts;
using HopeCase.Tests.Support;
using HopeCase.Web.Features.Inquiries;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Tests.Web.Inquiries;

/// <summary>The unanswered-inquiries queue: only calls still waiting for an answer, and an answer takes a call off it.</summary>
[Collection(HangfireCoreCollection.Name)]
public sealed class InquiriesPageTests : AppComponentTest
{
    private Task<int> CallAsync(string summary, string? answer = null) => Intake.Contacts.RecordAsync(IntakeWorld.Officer,
        new ContactInput(null, "متصل", "0551234567", ContactChannel.Phone, ContactDirection.Incoming, ContactPurpose.Inquiry, summary, answer, null, 3));

    [Fact]
    public async Task Only_unanswered_calls_are_listed_and_answering_one_removes_it()
    {
        var open = await CallAsync("هل تقدمون جلسات إرشاد للأطفال؟");
        await CallAsync("ما رقم الحساب البنكي؟", "أُرسل له رقم الحساب");
        await CallAsync("كيف أتابع طلبي؟");
        await SignInAsync(IntakeWorld.Researcher);
        var cut = RenderPage<InquiriesPage>();

        cut.WaitForAssertion(() => Assert.Contains("هل تقدمون جلسات إرشاد للأطفال؟", cut.Markup, StringComparison.Ordinal));
        Assert.Contains("كيف أتابع طلبي؟", cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("ما رقم الحساب البنكي؟", cut.Markup, StringComparison.Ordinal);
        var answerButtons = AnswerButtons(cut);
        Assert.Equal(2, answerButtons.Count);
        Assert.All(answerButtons, b => Assert.True(b.HasAttribute("disabled")));

        cut.FindAll("textarea")[0].Input("نعم، للأطفال من سن السادسة مع ولي الأمر");
        // The answer typed re-renders the page (the button turns on): click the button of that render.
        cut.WaitForAssertion(() => Assert.False(AnswerButtons(cut)[0].HasAttribute("disabled")));
        AnswerButtons(cut)[0].Click();

        cut.WaitForAssertion(() => Assert.DoesNotContain("هل تقدمون جلسات إرشاد للأطفال؟", cut.Markup, StringComparison.Ordinal));
        Assert.Contains("كيف أتابع طلبي؟", cut.Markup, StringComparison.Ordinal);
        await using var db = await Intake.Dbs.CreateDbContextAsync();
        Assert.Equal("نعم، للأطفال من سن السادسة مع ولي الأمر", (await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == open)).Answer);
    }

    private static List<AngleSharp.Dom.IElement> AnswerButtons(IRenderedComponent<InquiriesPage> cut) =>
        cut.FindAll("button").Where(b => b.TextContent.Contains("تسجيل الإجابة", StringComparison.Ordinal)).ToList();

    [Fact]
    public async Task With_nothing_waiting_the_queue_says_so()
    {
        await CallAsync("ما رقم الحساب البنكي؟", "أُرسل له رقم الحساب");
        await SignInAsync(IntakeWorld.Officer);
        var cut = RenderPage<InquiriesPage>();
        cut.WaitForAssertion(() => Assert.Contains("لا يوجد عمل معلّق هنا.", cut.Markup, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_service_provider_is_refused()
    {
        await SignInAsync(IntakeWorld.Provider);
        await AssertRefusedAsync<InquiriesPage>();
    }
}
