using HopeCase.Core.Data;
using HopeCase.Core.Security;
using HopeCase.Web.Account;
using HopeCase.Web.Features.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace HopeCase.Tests.Browser.Layout;

[Collection(BrowserCollection.Name)]
public sealed class ShellTests(BrowserFixture fx)
{
    public static TheoryData<string, string> Roles => new()
    {
        { "admin@hope.demo", HopeCase.Core.Staff.Roles.Admin },
        { "manager@hope.demo", HopeCase.Core.Staff.Roles.Manager },
        { "relations@hope.demo", HopeCase.Core.Staff.Roles.RelationsOfficer },
        { "research@hope.demo", HopeCase.Core.Staff.Roles.ResearchOfficer },
        { "committee@hope.demo", HopeCase.Core.Staff.Roles.CommitteeMember },
        { "provider@hope.demo", HopeCase.Core.Staff.Roles.ServiceProvider },
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Each_role_sees_its_home_and_navigation_in_arabic_then_english(string email, string role)
    {
        var page = await fx.NewPageAsync();
        await BrowserFixture.SignInAsync(page, email);

        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
        Assert.Equal("ar", await page.GetAttributeAsync("html", "lang"));
        await page.WaitForSelectorAsync($"[data-testid=role-home-{role}]");
        var nav = await page.Locator("[data-nav]").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('data-nav'))");
        var expected = HopeCase.Web.Layout.NavItems.All.Where(i => i.Roles.Count == 0 || i.Roles.Contains(role)).Select(i => i.Href).ToArray();
        Assert.Equal(expected, nav);
        Assert.Equal(role == HopeCase.Core.Staff.Roles.Admin, nav.Contains("/admin/users"));
        Assert.Equal(role == HopeCase.Core.Staff.Roles.Admin, nav.Contains("/jobs"));
        await BrowserFixture.ScreenshotAsync(page, $"home-{role}-ar");

        await page.ClickAsync("[data-testid=culture-switch]");
        await BrowserFixture.WaitForAsync(page, "document.documentElement.dir === 'ltr'");
        await BrowserFixture.WaitInteractiveAsync(page);
        await page.WaitForSelectorAsync($"[data-testid=role-home-{role}]");
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.Contains("Welcome", await page.InnerTextAsync("h1"), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, $"home-{role}-en");

        // The choice persists across visits (culture cookie); switch back for the next test's clean state.
        await page.GotoAsync("/");
        Assert.Equal("ltr", await page.GetAttributeAsync("html", "dir"));
        await BrowserFixture.WaitInteractiveAsync(page);
        await page.ClickAsync("[data-testid=culture-switch]");
        await BrowserFixture.WaitForAsync(page, "document.documentElement.dir === 'rtl'");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_sign_in_page_and_a_narrow_screen_are_usable()
    {
        var page = await fx.NewPageAsync(390, 844);
        await page.GotoAsync("/account/login");
        await BrowserFixture.ScreenshotAsync(page, "login-ar-narrow");
        await page.FillAsync("#email", "manager@hope.demo");
        await page.FillAsync("#password", "wrong password here");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync("[data-testid=login-error]");
        await BrowserFixture.ScreenshotAsync(page, "login-error-ar-narrow");
        await BrowserFixture.SignInAsync(page, "manager@hope.demo");
        await BrowserFixture.ScreenshotAsync(page, "home-Manager-ar-narrow");

        // The plain-markup shell in English on the phone: left to right, the menu button and sign-out still reachable.
        await BrowserFixture.WaitInteractiveAsync(page);
        await page.ClickAsync("[data-testid=culture-switch]");
        await BrowserFixture.WaitForAsync(page, "document.documentElement.dir === 'ltr'");
        await BrowserFixture.WaitInteractiveAsync(page);
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.True(await page.Locator("[data-testid=culture-switch]").IsVisibleAsync());
        await BrowserFixture.ScreenshotAsync(page, "home-Manager-en-narrow");
        await page.GotoAsync("/beneficiaries");
        await BrowserFixture.WaitInteractiveAsync(page);
        await page.FillAsync("[data-testid=search-box]", "Nobody Like This");
        await page.PressAsync("[data-testid=search-box]", "Enter");
        await page.WaitForSelectorAsync("[data-testid=no-hits]");
        await BrowserFixture.ScreenshotAsync(page, "search-en-narrow");
        await page.ClickAsync("[data-testid=culture-switch]");
        await BrowserFixture.WaitForAsync(page, "document.documentElement.dir === 'rtl'");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_search_page_finds_other_spellings_on_a_wide_screen_in_arabic_then_english()
    {
        var page = await fx.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "relations@hope.demo");
        await page.GotoAsync("/beneficiaries");
        await BrowserFixture.WaitInteractiveAsync(page);

        // Typed on a Persian keyboard layout (ی for ي): the demo file "يوسف علي حسن النعمي" is found.
        await page.FillAsync("[data-testid=search-box]", "یوسف علی");
        await page.PressAsync("[data-testid=search-box]", "Enter");
        await page.WaitForSelectorAsync("[data-testid=hits] tbody tr");
        Assert.Contains("يوسف علي حسن النعمي", await page.InnerTextAsync("[data-testid=hits] tbody tr:first-child"), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "search-persian-layout-ar");

        // In English, left to right: "عبد الله" written apart finds the demo file whose father is "عبدالله", joined.
        await page.ClickAsync("[data-testid=culture-switch]");
        await BrowserFixture.WaitForAsync(page, "document.documentElement.dir === 'ltr'");
        await BrowserFixture.WaitInteractiveAsync(page);
        await page.FillAsync("[data-testid=search-box]", "محمد عبد الله");
        await page.PressAsync("[data-testid=search-box]", "Enter");
        await page.WaitForSelectorAsync("[data-testid=hits] tbody tr:has-text('محمد عبدالله أحمد عطيف')");
        Assert.Equal("ltr", await page.GetAttributeAsync("html", "dir"));
        Assert.Contains("National ID", await page.InnerTextAsync("[data-testid=hits] thead"), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "search-en");
        await page.ClickAsync("[data-testid=culture-switch]");
        await BrowserFixture.WaitForAsync(page, "document.documentElement.dir === 'rtl'");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_disabled_user_is_signed_out_of_an_open_page()
    {
        var staff = fx.App.Services.GetRequiredService<StaffAdminService>();
        var admin = await AdminActorAsync();
        var created = await staff.CreateAsync(admin, new NewStaff("leaving@hope.demo", "موظف مغادر", "a long password for a short stay", [HopeCase.Core.Staff.Roles.RelationsOfficer]));
        Assert.True(created.Succeeded, string.Join(", ", created.Errors));

        var page = await fx.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "leaving@hope.demo", "a long password for a short stay");
        var id = (await staff.ListAsync(admin)).Single(u => u.Email == "leaving@hope.demo").Id;

        Assert.True((await staff.SetActiveAsync(admin, id, active: false)).Succeeded);

        // Revalidation runs every 2 s in this fixture (60 s in production): the open page goes to sign-in.
        await page.WaitForURLAsync(url => url.Contains("/account/login", StringComparison.Ordinal), new PageWaitForURLOptions { Timeout = 15_000 });
        await page.GotoAsync("/");
        Assert.Contains("/account/login", page.Url, StringComparison.Ordinal);
        await page.FillAsync("#email", "leaving@hope.demo");
        await page.FillAsync("#password", "a long password for a short stay");
        await page.ClickAsync("button[type=submit]");
        Assert.Contains("موقوف", await page.InnerTextAsync("[data-testid=login-error]"), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_admin_creates_and_disables_a_user_with_a_confirmation()
    {
        var page = await fx.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "admin@hope.demo");
        await page.GotoAsync("/admin/users");
        await BrowserFixture.WaitInteractiveAsync(page);
        await page.WaitForSelectorAsync("[data-testid=users] tbody tr");
        await page.FillAsync("[data-testid=new-name]", "ريم القحطاني");
        await page.FillAsync("[data-testid=new-email]", "reem@hope.demo");
        await page.FillAsync("[data-testid=new-password]", "twelve chars at least");
        await page.GetByLabel("مسؤول البحث الاجتماعي").CheckAsync();
        await page.ClickAsync("[data-testid=create-user]");
        await page.WaitForSelectorAsync("text=reem@hope.demo");
        await BrowserFixture.ScreenshotAsync(page, "admin-users-ar");

        await page.ClickAsync("[data-testid='toggle-reem@hope.demo']");
        await page.WaitForSelectorAsync(".mud-dialog");
        await BrowserFixture.ScreenshotAsync(page, "admin-users-confirm-disable-ar");
        await page.Locator(".mud-dialog button", new PageLocatorOptions { HasText = "إيقاف" }).ClickAsync();
        await page.WaitForSelectorAsync("[data-testid=users] tr:has-text('reem@hope.demo') >> text=موقوف");

        await using var db = await fx.App.Services.GetRequiredService<IDbContextFactory<HopeDb>>().CreateDbContextAsync();
        Assert.False(await db.Users.Where(u => u.Email == "reem@hope.demo").Select(u => u.IsActive).SingleAsync());
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "StaffDisabled" && a.Details == "reem@hope.demo"));
        await page.Context.CloseAsync();
    }

    private async Task<Actor> AdminActorAsync()
    {
        var dbs = fx.App.Services.GetRequiredService<IDbContextFactory<HopeDb>>();
        await using var db = await dbs.CreateDbContextAsync();
        var id = await db.Users.Where(u => u.Email == "admin@hope.demo").Select(u => u.Id).SingleAsync();
        var principal = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            [new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.NameIdentifier, id)], "test"));
        return await CurrentActor.ResolveAsync(dbs, principal);
    }
}
