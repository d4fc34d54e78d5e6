using HopeCase.Core.Letters;
using HopeCase.Core.Saudi;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using HopeCase.Web.Demo;
using HopeCase.Web.Features.Letters;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace HopeCase.Tests.Browser.Letters;

[Collection(BrowserCollection.Name)]
public sealed class LetterPagesTests(BrowserFixture fx)
{
    private static readonly Actor Officer = new("browser-relations", "موظف", new HashSet<string> { Roles.RelationsOfficer });

    [Fact]
    public async Task The_print_queue_flags_a_missing_address_and_marks_letters_mailed()
    {
        var letters = fx.App.Services.GetRequiredService<LetterService>();
        var today = SaudiTime.LocalDate(DateTimeOffset.UtcNow);
        var withAddress = await letters.IssueAsync(Officer, SampleLetters.For(LetterType.Acceptance, true, today));
        var without = await letters.IssueAsync(Officer, SampleLetters.For(LetterType.Rejection, true, today) with { RecipientAddress = null });

        var page = await fx.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "relations@hope.demo");
        await page.GotoAsync("/letters");
        await BrowserFixture.WaitInteractiveAsync(page);
        await page.WaitForSelectorAsync($"tr:has-text('{without.Number}') [data-testid=no-address]");
        // Select every letter with the header checkbox: the warning names the letter without an address.
        await page.Locator("[data-testid=letters] thead input[type=checkbox]").ClickAsync();
        var warning = await page.WaitForSelectorAsync("[data-testid=no-address-warning]");
        Assert.Contains(without.Number, await warning!.InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(withAddress.Number, await warning.InnerTextAsync(), StringComparison.Ordinal);
        var ids = await page.GetAttributeAsync("[data-testid=print-form] input[name=ids]", "value");
        Assert.Contains(withAddress.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ids!.Split(','));
        await page.Locator($"tr:has-text('{withAddress.Number}') button[title]").First.ClickAsync();
        await page.WaitForSelectorAsync("[data-testid=letter-preview]");
        await BrowserFixture.ScreenshotAsync(page, "letters-queue-ar");

        // The merged PDF and the labels download for the signed-in officer: the page's forms POST with their antiforgery token.
        foreach (var form in new[] { "print-form", "labels-form" })
        {
            var answer = await page.EvaluateAsync<string[]>(
                "async f => { const e = document.querySelector(`[data-testid=${f}]`); const r = await fetch(e.action, { method: 'POST', body: new FormData(e) }); return [String(r.status), r.headers.get('content-type')]; }", form);
            Assert.Equal(["200", "application/pdf"], answer);
        }

        await page.ClickAsync("[data-testid=mark-mailed]");
        await BrowserFixture.WaitForAsync(page, $"!document.querySelector('[data-testid=letters]').innerText.includes('{withAddress.Number}')");

        await page.GotoAsync("/culture/en?returnUrl=/letters");
        await BrowserFixture.WaitInteractiveAsync(page);
        await page.WaitForSelectorAsync("[data-testid=letters]");
        await page.Locator("input[data-testid=queue-only], [data-testid=queue-only] input").ClickAsync(new LocatorClickOptions { Force = true });
        await page.WaitForSelectorAsync($"tr:has-text('{withAddress.Number}')");
        Assert.Contains("Mailed", await page.InnerTextAsync($"tr:has-text('{withAddress.Number}')"), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "letters-register-en");
        await page.GotoAsync("/culture/ar?returnUrl=/");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_template_editor_previews_and_refuses_an_unknown_placeholder()
    {
        var page = await fx.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "admin@hope.demo");
        await page.GotoAsync("/admin/letter-templates");
        await BrowserFixture.WaitInteractiveAsync(page);
        var frame = page.FrameLocator("[data-testid=template-preview-frame]");
        await frame.Locator("text=نعتذر عن قبول طلبكم").First.WaitForAsync();
        await BrowserFixture.ScreenshotAsync(page, "letter-templates-ar");

        var body = page.Locator("textarea[data-testid=template-body], [data-testid=template-body] textarea");
        await body.FillAsync("المكرم {{BeneficiaryName}}، رقم الهوية {{NationalId}}");
        await page.ClickAsync("[data-testid=template-save]");
        var error = await page.WaitForSelectorAsync("[data-testid=template-error]");
        var text = await error!.InnerTextAsync();
        Assert.Contains("NationalId", text, StringComparison.Ordinal);
        Assert.Contains("{{AppealDeadline}}", text, StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "letter-templates-refused-ar");

        await body.FillAsync("المكرم {{BeneficiaryName}}\n\nصيغة معاينة جديدة");
        await page.ClickAsync("[data-testid=template-preview]");
        await frame.Locator("text=صيغة معاينة جديدة").WaitForAsync();

        // Previewed is not saved: another letter asks before the edit is left, and "cancel" keeps it and the letter open.
        await BrowserFixture.ChooseAsync(page, "[data-testid=template-type]", "إشعار بقبول طلب");
        await page.WaitForSelectorAsync(".mud-dialog:has-text('تغييرات غير محفوظة')");
        await BrowserFixture.ScreenshotAsync(page, "letter-templates-unsaved-ar");
        await page.Locator(".mud-dialog button", new PageLocatorOptions { HasText = "إلغاء" }).ClickAsync();
        await page.WaitForSelectorAsync(".mud-dialog", new PageWaitForSelectorOptions { State = WaitForSelectorState.Detached });
        Assert.Contains("صيغة معاينة جديدة", await body.InputValueAsync(), StringComparison.Ordinal);
        Assert.Contains("إشعار بالاعتذار عن قبول طلب", await page.InnerTextAsync("[data-testid=template-type]"), StringComparison.Ordinal);

        await page.GotoAsync("/culture/en?returnUrl=/admin/letter-templates");
        await BrowserFixture.WaitInteractiveAsync(page);
        await page.FrameLocator("[data-testid=template-preview-frame]").Locator("text=we regret that we cannot accept it").First.WaitForAsync();
        await BrowserFixture.ScreenshotAsync(page, "letter-templates-en");

        // On a phone, in English: the question before unsaved wording is left fits the screen.
        await page.SetViewportSizeAsync(390, 844);
        await body.FillAsync("Dear {{BeneficiaryName}}, unsaved");
        await BrowserFixture.ChooseAsync(page, "[data-testid=template-type]", "Notice of acceptance");
        await page.WaitForSelectorAsync(".mud-dialog:has-text('Unsaved changes')");
        await BrowserFixture.ScreenshotAsync(page, "letter-templates-unsaved-narrow-en");
        await page.Locator(".mud-dialog button", new PageLocatorOptions { HasText = "Leave the changes" }).ClickAsync();
        await page.FrameLocator("[data-testid=template-preview-frame]").Locator("text=Notice of acceptance").First.WaitForAsync();
        Assert.DoesNotContain("unsaved", await body.InputValueAsync(), StringComparison.Ordinal);
        await page.GotoAsync("/culture/ar?returnUrl=/");
        await page.Context.CloseAsync();
    }
}
