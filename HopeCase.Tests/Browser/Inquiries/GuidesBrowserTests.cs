using HopeCase.Core.Inquiries;
using HopeCase.Tests.Core.Inquiries;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace HopeCase.Tests.Browser.Inquiries;

/// <summary>Issue 14 item 9 in the browser: the Admin uploads and publishes a tool, an officer searches it while answering, the public pages link it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class GuidesBrowserTests(BrowserFixture fx)
{
    private static string En(string culture, string path) => culture == "en" ? $"/culture/en?returnUrl={Uri.EscapeDataString(path)}" : path;

    [Theory]
    [InlineData("ar")]
    [InlineData("en")]
    public async Task A_tool_uploaded_at_admin_guides_is_searched_while_answering_and_linked_publicly_when_marked(string culture)
    {
        var library = fx.App.Services.GetRequiredService<GuideLibrary>();
        var pdf = await GuideLibraryTests.ArabicPdfAsync(GuideLibraryTests.PolicyLines);
        var file = Path.Combine(Path.GetTempPath(), $"support-policy-{culture}.pdf");
        await File.WriteAllBytesAsync(file, pdf);

        var admin = await fx.NewPageAsync();
        await BrowserFixture.SignInAsync(admin, "admin@hope.demo");
        await admin.GotoAsync(En(culture, "/admin/guides"));
        await BrowserFixture.WaitInteractiveAsync(admin);
        await admin.SetInputFilesAsync("[data-testid=guide-SupportPolicyGuide]", file);
        await admin.WaitForSelectorAsync(".mud-snackbar");
        await admin.WaitForSelectorAsync("[data-testid=guide-text-SupportPolicyGuide]");
        await library.SetPublicAsync(HopeCase.Core.Security.Actor.System with { Roles = new HashSet<string> { HopeCase.Core.Staff.Roles.Admin } }, GuideKind.SupportPolicyGuide, false);
        await admin.ReloadAsync();
        await BrowserFixture.WaitInteractiveAsync(admin);
        var toggle = admin.Locator("[data-testid=public-SupportPolicyGuide] input").Or(admin.Locator("input[data-testid=public-SupportPolicyGuide]"));
        await toggle.First.CheckAsync(new LocatorCheckOptions { Force = true });
        await BrowserFixture.WaitForAsync(admin, "() => document.querySelector('.mud-snackbar') !== null");
        Assert.Contains((await library.PublicAsync()), g => g.Kind == GuideKind.SupportPolicyGuide);
        await BrowserFixture.ScreenshotAsync(admin, $"guides-admin-published-{culture}");

        // A relations officer answering a call searches the text, spelled loosely, and opens the file.
        var officer = await fx.NewPageAsync();
        await BrowserFixture.SignInAsync(officer, "relations@hope.demo");
        await officer.GotoAsync(En(culture, "/contacts/new"));
        await BrowserFixture.WaitInteractiveAsync(officer);
        await officer.Locator("[data-testid=guide-search] input").Or(officer.Locator("input[data-testid=guide-search]")).First.FillAsync("المستندات المطلوبه");
        var hit = officer.Locator("[data-testid=guide-hit]").First;
        await hit.WaitForAsync();
        Assert.Contains("الهوية الوطنية", await hit.InnerTextAsync(), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(officer, $"guides-search-while-answering-{culture}");
        var opened = await officer.Context.APIRequest.GetAsync("/guides/" + (int)GuideKind.SupportPolicyGuide);
        Assert.Equal(200, opened.Status);
        Assert.Equal("application/pdf", opened.Headers["content-type"]);

        // The public pages link the public tool; anyone downloads it, but not one that is staff-only.
        var visitor = await fx.NewPageAsync(390, 844);
        await visitor.GotoAsync(En(culture, "/track"));
        await visitor.ClickAsync("[data-testid=public-guides-link]");
        await visitor.WaitForSelectorAsync("[data-testid=public-guide-SupportPolicyGuide]");
        // The list's bullets sit inside the card (the walk found them hanging outside it on a phone): the list keeps an inline-start indent.
        var indent = await visitor.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.querySelector('[data-testid=public-guides]')).paddingInlineStart)");
        Assert.True(indent >= 16, $"the guides list has {indent}px of inline-start padding");
        await BrowserFixture.ScreenshotAsync(visitor, $"guides-public-list-{culture}-phone");
        Assert.Equal(200, (await visitor.Context.APIRequest.GetAsync("/public/guides/" + (int)GuideKind.SupportPolicyGuide)).Status);
        Assert.Equal(404, (await visitor.Context.APIRequest.GetAsync("/public/guides/" + (int)GuideKind.Bylaws)).Status);
        var staffOnly = await visitor.Context.APIRequest.GetAsync("/guides/" + (int)GuideKind.SupportPolicyGuide, new APIRequestContextOptions { MaxRedirects = 0 });
        Assert.NotEqual(200, staffOnly.Status);
    }
}
