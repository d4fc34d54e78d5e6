using Bunit;
using HopeCase.Core.Feedback;
using HopeCase.Tests.Support;
using HopeCase.Web.Features.Feedback;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HopeCase.Tests.Web.Feedback;

/// <summary>A complaint taken by phone: the text is required, and what is saved is what the officer typed.</summary>
[Collection(HangfireCoreCollection.Name)]
public sealed class FeedbackNewTests : AppComponentTest
{
    private async Task<List<FeedbackItem>> SavedAsync()
    {
        await using var db = await Intake.Dbs.CreateDbContextAsync();
        return await db.FeedbackItems.AsNoTracking().ToListAsync();
    }

    [Fact]
    public async Task Without_text_the_field_says_it_is_required_and_nothing_is_saved()
    {
        await SignInAsync(IntakeWorld.Officer);
        var cut = RenderPage<FeedbackNew>();
        cut.Find("[data-testid=save-feedback]").Click();

        cut.WaitForAssertion(() => Assert.Contains("هذا الحقل مطلوب.", cut.Markup, StringComparison.Ordinal));
        Assert.Empty(await SavedAsync());
        Assert.EndsWith("/", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_complaint_is_saved_with_its_sender_and_opens_its_own_page()
    {
        await SignInAsync(IntakeWorld.Officer);
        var cut = RenderPage<FeedbackNew>();
        cut.Find("[data-testid=text]").Change("تأخر الرد على طلبي أكثر من أسبوعين");
        cut.Find("[data-testid=sender-name]").Change("منى");
        cut.Find("[data-testid=save-feedback]").Click();

        var nav = Services.GetRequiredService<NavigationManager>();
        cut.WaitForAssertion(() => Assert.Contains("/feedback/", nav.Uri, StringComparison.Ordinal));
        var saved = Assert.Single(await SavedAsync());
        Assert.Equal((FeedbackKind.Complaint, "تأخر الرد على طلبي أكثر من أسبوعين", false, "منى"), (saved.Kind, saved.Text, saved.Anonymous, saved.SenderName));
        Assert.EndsWith($"/feedback/{saved.Id}", nav.Uri, StringComparison.Ordinal);
    }
}
