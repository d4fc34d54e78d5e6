using System.Security.Claims;
using Bunit;
using HopeCase.Core.Organisation;
using HopeCase.Core.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;

namespace HopeCase.Tests.Support;

/// <summary>
/// A bunit context with the app's services over a real migrated SQLite file (the research world's, so it has the
/// catalogue, the roles and the staff), MudBlazor's popover, dialog and snackbar providers rendered, and a staff member
/// signed in with <see cref="SignInAsync"/>. The services are the real ones (<see cref="AppServices"/>): nothing is mocked.
/// The world has a Hangfire job store, so test classes join <see cref="HangfireCoreCollection"/>.
/// </summary>
public abstract class AppComponentTest : ComponentTestBase
{
    protected AppComponentTest(string culture = "ar-SA")
        : base(culture)
    {
    }

    protected ResearchWorld World { get; private set; } = default!;

    protected IntakeWorld Intake => World.Intake;

    protected FakeTimeProvider Clock => Intake.Clock;

    /// <summary>What the organisation settings hold, read by the services through IOptions (change it before the first render).</summary>
    protected OrganisationProfile Profile { get; } = new() { NameAr = "جمعية أمل للأزمات النفسية", NameEn = "Hope Association", Website = "https://hope.example", Iban = "SA0380000000608010167519" };

    /// <summary>The popover provider: the options of an open select appear here.</summary>
    protected IRenderedComponent<MudPopoverProvider> Popovers { get; private set; } = default!;

    /// <summary>The dialog provider: confirmations and prompts appear here, not inside the page.</summary>
    protected IRenderedComponent<MudDialogProvider> Dialogs { get; private set; } = default!;

    /// <summary>The snackbar provider: the page's success and error messages appear here.</summary>
    protected IRenderedComponent<MudSnackbarProvider> Snackbars { get; private set; } = default!;

    public override async Task InitializeAsync()
    {
        World = await ResearchWorld.CreateAsync();
        AppServices.Add(Services, World, Profile);
    }

    /// <summary>Signs this staff member in (adding them to the staff tables when the world has not): the page's CurrentActor reads them from the database. Call it before resolving any service: bunit locks the container then.</summary>
    protected async Task SignInAsync(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using (var db = await Intake.Dbs.CreateDbContextAsync())
        {
            if (!await db.Users.AnyAsync(u => u.Id == actor.UserId))
            {
                await World.AddStaffAsync(actor);
            }
        }
        var auth = AddAuthorization();
        auth.SetAuthorized(actor.UserName!);
        auth.SetRoles([.. actor.Roles]);
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, actor.UserId!));
    }

    /// <summary>Renders a page or component below the MudBlazor providers, as the app's layout does.</summary>
    protected IRenderedComponent<T> RenderPage<T>(Action<ComponentParameterCollectionBuilder<T>>? parameters = null) where T : IComponent
    {
        Popovers = Render<MudPopoverProvider>();
        Dialogs = Render<MudDialogProvider>();
        Snackbars = Render<MudSnackbarProvider>();
        return Render(parameters);
    }

    /// <summary>
    /// Renders a page that must refuse the signed-in staff member with <see cref="ForbiddenException"/>. On SQLite the
    /// page's first await completes at once, so the refusal is thrown by the render itself; on PostgreSQL the await is
    /// real, and the refusal reaches the renderer after the first render.
    /// </summary>
    protected async Task AssertRefusedAsync<T>() where T : IComponent
    {
        Exception? refusal = null;
        try
        {
            RenderPage<T>();
        }
        catch (ForbiddenException e)
        {
            refusal = e;
        }
        refusal ??= await Renderer.UnhandledException.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.IsType<ForbiddenException>(refusal);
    }

    /// <summary>Opens a MudSelect (found by the data-testid on its input) and picks the option showing these words.</summary>
    protected void Choose<T>(IRenderedComponent<T> page, string testId, string option) where T : IComponent
    {
        ArgumentNullException.ThrowIfNull(page);
        InOneTurn(page, () => page.Find($"[data-testid={testId}]").MouseDown());
        Popovers.WaitForElements(".mud-popover-open .mud-list-item");
        InOneTurn(Popovers, () =>
        {
            var items = Popovers.FindAll(".mud-popover-open .mud-list-item");
            var match = items.FirstOrDefault(i => i.TextContent.Trim() == option)
                ?? throw new InvalidOperationException($"No option \"{option}\" in {testId}: {string.Join(" | ", items.Select(i => i.TextContent.Trim()))}");
            match.Click();
        });
    }

    /// <summary>Clicks the button in the open dialog that shows these words (the page's own confirm or cancel).</summary>
    protected void AnswerDialog(string buttonText)
    {
        Dialogs.WaitForElement(".mud-dialog");
        InOneTurn(Dialogs, () =>
        {
            var dialog = Dialogs.Find(".mud-dialog");
            var match = dialog.QuerySelectorAll("button").FirstOrDefault(b => b.TextContent.Trim() == buttonText)
                ?? throw new InvalidOperationException($"No button \"{buttonText}\" in the dialog: {dialog.TextContent}");
            match.Click();
        });
    }

    /// <summary>Finds and clicks in one turn of the renderer.</summary>
    protected static void ClickNow<T>(IRenderedComponent<T> page, string selector) where T : IComponent =>
        InOneTurn(page, () => page.Find(selector).Click());

    /// <summary>Finds and acts in one turn of the renderer, so a render finishing in between (a read coming back)
    /// cannot take the found element's handler away before the event reaches it.</summary>
    private static void InOneTurn<T>(IRenderedComponent<T> page, Action findAndAct) where T : IComponent
    {
        ArgumentNullException.ThrowIfNull(page);
        page.InvokeAsync(findAndAct).GetAwaiter().GetResult();
    }

    protected override async Task AfterDisposeAsync()
    {
        if (World is not null)
        {
            await World.DisposeAsync();
        }
    }
}
