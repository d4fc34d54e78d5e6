using HopeCase.Core.Committee;
using HopeCase.Core.Data;
using HopeCase.Core.Letters;
using HopeCase.Core.LiveUpdates;
using HopeCase.Core.Requests;
using HopeCase.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace HopeCase.Tests.Browser.Committee;

/// <summary>A committee session from agenda to decisions, by three members in three browsers, in Arabic and English.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CommitteeSessionTests(BrowserFixture fx)
{
    [Fact]
    public async Task Three_members_take_a_session_from_agenda_to_decisions_and_minutes()
    {
        // The chair schedules the session with the two other members.
        var chair = await fx.NewPageAsync();
        await BrowserFixture.SignInAsync(chair, "committee@hope.demo");
        await chair.GotoAsync("/committee");
        await BrowserFixture.WaitInteractiveAsync(chair);
        await chair.ClickAsync("[data-testid=members-field] .mud-select");
        await chair.ClickAsync(".mud-popover-open .mud-list-item:has-text('محمد صميلي')");
        await chair.ClickAsync(".mud-popover-open .mud-list-item:has-text('أمل قاسم')");
        await chair.Keyboard.PressAsync("Escape");
        await chair.ClickAsync("[data-testid=schedule]");
        await chair.WaitForURLAsync(url => System.Text.RegularExpressions.Regex.IsMatch(url, "/committee/[0-9]+$"));
        var sessionUrl = new Uri(chair.Url).AbsolutePath;
        await BrowserFixture.WaitInteractiveAsync(chair);
        await chair.ClickAsync("[data-testid=build-agenda]");
        await chair.WaitForSelectorAsync("[data-testid^=item-]");
        var items = await chair.Locator("[data-testid^=item-]").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.testid.substring(5))");
        Assert.Equal(3, items.Length);
        // Critical first: the fast-track chip is on the first item; days left are shown in colour.
        Assert.Contains("مسار عاجل", await chair.InnerTextAsync($"[data-testid=item-{items[0]}]"), StringComparison.Ordinal);
        Assert.Equal(3, await chair.Locator("[data-testid=days-left]").CountAsync());
        Assert.Equal("red", await chair.Locator($"[data-testid=item-{items[1]}] [data-testid=days-left]").GetAttributeAsync("data-level"));
        await ShotAsync(chair, "committee-1-agenda-ar");

        // Two members vote in their own browsers; one works in English.
        var member2 = await fx.NewPageAsync();
        await BrowserFixture.SignInAsync(member2, "committee2@hope.demo");
        await member2.GotoAsync(sessionUrl);
        await BrowserFixture.WaitInteractiveAsync(member2);
        var member3 = await fx.NewPageAsync();
        await BrowserFixture.SignInAsync(member3, "committee3@hope.demo");
        await member3.GotoAsync($"/culture/en?returnUrl={sessionUrl}");
        await BrowserFixture.WaitInteractiveAsync(member3);
        var votes = new[] { "Accepted", "Rejected", "NeedsInfo" };
        foreach (var page in new[] { chair, member2, member3 })
        {
            for (var i = 0; i < 3; i++)
            {
                await page.ClickAsync($"[data-testid=vote-{items[i]}-{votes[i]}]");
                await page.WaitForSelectorAsync($"[data-testid=vote-{items[i]}-{votes[i]}].mud-button-filled");
            }
        }
        // The chair's page shows every vote without a reload.
        await BrowserFixture.WaitForAsync(chair, $"() => document.querySelector('[data-testid=item-{items[2]}] [data-testid=votes]').querySelectorAll('.mud-chip').length === 3");
        await ShotAsync(member3, "committee-2-votes-en");

        // The chair decides each item as voted.
        await chair.FillAsync($"[data-testid=services-{items[0]}]", "جلسات إرشاد نفسي فردية أسبوعية");
        await chair.FillAsync($"[data-testid=session-count-{items[0]}]", "8");
        await DecideAsync(chair, items[0]);

        await ChooseAsync(chair, $"[data-testid=kind-field-{items[1]}] .mud-select", "مرفوض");
        await ChooseAsync(chair, $"[data-testid=reason-field-{items[1]}] .mud-select", "خارج نطاق خدمة الجمعية");
        // Without the free text the rejection is refused with a clear Arabic message, and what was chosen stays.
        await DecideAsync(chair, items[1], expectRefusal: true);
        await chair.WaitForSelectorAsync(".mud-snackbar:has-text('اكتب توضيحًا لسبب الرفض')");
        Assert.Contains("خارج نطاق خدمة الجمعية", await chair.InnerTextAsync($"[data-testid=reason-field-{items[1]}]"), StringComparison.Ordinal);
        await chair.FillAsync($"[data-testid=reject-text-{items[1]}]", "يقيم خارج منطقة جازان");
        await DecideAsync(chair, items[1]);

        await ChooseAsync(chair, $"[data-testid=kind-field-{items[2]}] .mud-select", "بانتظار الاستيفاء");
        await chair.FillAsync($"[data-testid=missing-{items[2]}]", "تقرير طبي حديث");
        await DecideAsync(chair, items[2]);
        Assert.Equal(3, await chair.Locator("[data-testid=decision]").CountAsync());
        await ShotAsync(chair, "committee-3-decisions-ar");

        await chair.ClickAsync("[data-testid=close-session]");
        await chair.Locator(".mud-dialog button", new PageLocatorOptions { HasText = "إغلاق الجلسة" }).ClickAsync();
        await chair.WaitForSelectorAsync("[data-testid=session-status]:has-text('مغلقة')");
        // The English page stays English when the Arabic chair's change reaches it live.
        await member3.WaitForSelectorAsync("[data-testid=session-status]:has-text('Closed')");
        Assert.Contains("Decision: Accepted", await member3.InnerTextAsync($"[data-testid=item-{items[0]}]"), StringComparison.Ordinal);
        await ShotAsync(member3, "committee-4-closed-en");

        // What the browsers did is what the database holds.
        await using var scope = fx.App.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<HopeDb>>().CreateDbContextAsync();
        var ids = items.Select(int.Parse).ToList();
        var decided = await db.AgendaItems.AsNoTracking().Where(i => ids.Contains(i.Id)).Include(i => i.Decision).Include(i => i.Votes).ToListAsync();
        Assert.All(decided, i => Assert.Equal(3, i.Votes.Count));
        Assert.Equal([DecisionKind.Accepted, DecisionKind.Rejected, DecisionKind.NeedsInfo], ids.Select(id => decided.Single(d => d.Id == id).Decision!.Kind));
        var requestIds = decided.Select(d => d.SupportRequestId).ToList();
        var statuses = await db.Requests.AsNoTracking().Where(r => requestIds.Contains(r.Id)).Select(r => r.Status).ToListAsync();
        Assert.Equal([RequestStatus.NeedsInfo, RequestStatus.Accepted, RequestStatus.Rejected], statuses.Order());

        // The job issues the rejection letter; once the session is closed its members no longer open the file
        // (docs/security/access.md: a committee member reads a request from agenda to decision).
        var rejectedId = decided.Single(d => d.Decision!.Kind == DecisionKind.Rejected).SupportRequestId;
        await WaitForRejectionLetterAsync(rejectedId);
        await chair.GotoAsync($"/requests/{rejectedId}");
        await chair.WaitForSelectorAsync("[data-testid=access-denied]");
        Assert.DoesNotContain("يقيم خارج منطقة جازان", await chair.InnerTextAsync("body"), StringComparison.Ordinal);
        await ShotAsync(chair, "committee-5-request-refused-ar");

        // The session is closed: a member who is not also a manager no longer opens the file (docs/security/access.md).
        await member3.SetViewportSizeAsync(390, 844);
        await member3.GotoAsync($"/requests/{rejectedId}");
        await member3.WaitForSelectorAsync("[data-testid=access-denied]");
        Assert.DoesNotContain("Decision: Rejected", await member3.InnerTextAsync("body"), StringComparison.Ordinal);
        Assert.DoesNotContain("يقيم خارج منطقة جازان", await member3.InnerTextAsync("body"), StringComparison.Ordinal);
        await ShotAsync(member3, "committee-6-request-refused-en-phone");
    }

    private async Task WaitForRejectionLetterAsync(int requestId)
    {
        var subject = requestId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var dbs = fx.App.Services.GetRequiredService<IDbContextFactory<HopeDb>>();
        await ChangeSignal.WaitAsync(fx.App.Services.GetRequiredService<ChangeNotifier>(), ChangeTopic.Letters, async () =>
        {
            await using var db = await dbs.CreateDbContextAsync();
            return await db.Letters.AsNoTracking().FirstOrDefaultAsync(l => l.Type == LetterType.Rejection && l.SubjectType == "SupportRequest" && l.SubjectId == subject);
        }, TimeSpan.FromSeconds(60));
    }

    private static async Task ShotAsync(IPage page, string name)
    {
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await BrowserFixture.ScreenshotAsync(page, name);
    }

    private static async Task ChooseAsync(IPage page, string select, string option)
    {
        await page.ClickAsync(select);
        await page.ClickAsync($".mud-popover-open .mud-list-item:has-text('{option}')");
    }

    private static async Task DecideAsync(IPage page, string item, bool expectRefusal = false)
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
