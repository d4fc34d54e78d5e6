using HopeCase.Core.Data;
using HopeCase.Core.Letters;
using HopeCase.Core.LiveUpdates;
using HopeCase.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace HopeCase.Tests.Browser.Committee;

/// <summary>The steps the committee walk repeats: screenshots, choosing in a select, recording a decision, waiting for a letter.</summary>
internal static class CommitteeWalk
{
    public static async Task<Letter> WaitForLetterAsync(BrowserFixture fx, LetterType type, string subjectType, int subjectId)
    {
        var subject = subjectId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var dbs = fx.App.Services.GetRequiredService<IDbContextFactory<HopeDb>>();
        return await ChangeSignal.WaitAsync(fx.App.Services.GetRequiredService<ChangeNotifier>(), ChangeTopic.Letters, async () =>
        {
            await using var db = await dbs.CreateDbContextAsync();
            return await db.Letters.AsNoTracking().FirstOrDefaultAsync(l => l.Type == type && l.SubjectType == subjectType && l.SubjectId == subject);
        }, TimeSpan.FromSeconds(60));
    }

    public static async Task ShotAsync(IPage page, string name)
    {
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await BrowserFixture.ScreenshotAsync(page, name);
    }

    public static async Task DecideAsync(IPage page, string item, bool expectRefusal = false)
    {
        var before = await page.Locator("[data-testid=decision]").CountAsync();
        await page.ClickAsync($"[data-testid=decide-{item}]");
        await page.Locator(".mud-dialog button", new PageLocatorOptions { HasText = "تسجيل القرار" }).ClickAsync();
        if (expectRefusal)
        {
            return;
        }
        await BrowserFixture.WaitForAsync(page, $"() => document.querySelectorAll('[data-testid=decision]').length > {before}");
    }
}
