using System.Security.Claims;
using Bunit;
using HopeCase.Core.Contacts;
using HopeCase.Core.Requests;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using HopeCase.Tests.Support;
using HopeCase.Web.Account;
using HopeCase.Web.Features.Requests;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace HopeCase.Tests.Web.Requests;

/// <summary>The request page offers submit, verify and reject-incomplete only when the lifecycle gives that move to the person looking.</summary>
public sealed class RequestPageMovesTests : ComponentTestBase, IAsyncLifetime
{
    private static readonly string[] MoveButtons = ["submit-request", "verify-request", "reject-incomplete"];

    private async Task<string[]> ButtonsAsync(IntakeWorld w, Actor actor, int requestId)
    {
        await AddStaffAsync(w, actor);
        var auth = AddAuthorization();
        auth.SetAuthorized(actor.UserName!);
        auth.SetRoles([.. actor.Roles]);
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, actor.UserId!));
        Services.AddSingleton(w.Intake);
        Services.AddSingleton(new WithdrawalService(w.Dbs, w.Audit, w.Clock, w.Notifier, w.Letters));
        Services.AddSingleton(sp => new CurrentActor(sp.GetRequiredService<AuthenticationStateProvider>(), w.Dbs, new HttpContextAccessor()));
        ComponentFactories.AddStub<RequestDocumentsPanel>();
        ComponentFactories.AddStub<DeclarationPanel>();
        ComponentFactories.AddStub<RequestCasePanel>();
        var cut = Render<RequestPage>(p => p.Add(x => x.Id, requestId));
        cut.WaitForElement("[data-testid=request-status]", TimeSpan.FromSeconds(10));
        return MoveButtons.Where(b => cut.FindAll($"[data-testid={b}]").Count > 0).ToArray();
    }

    private static async Task AddStaffAsync(IntakeWorld w, Actor actor)
    {
        await using var db = await w.Dbs.CreateDbContextAsync();
        db.Users.Add(new StaffUser { Id = actor.UserId!, UserName = actor.UserId, Email = $"{actor.UserId}@hope.test", DisplayName = actor.UserName!, CreatedAt = w.Clock.GetUtcNow() });
        foreach (var role in actor.Roles)
        {
            var r = new IdentityRole(role) { NormalizedName = role.ToUpperInvariant() };
            db.Roles.Add(r);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = actor.UserId!, RoleId = r.Id });
        }
        await db.SaveChangesAsync();
    }

    // MudBlazor's key interceptor (behind the page's buttons) can only be disposed asynchronously.
    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    [Fact]
    public async Task A_relations_officer_sees_submit_on_a_draft()
    {
        await using var w = await IntakeWorld.CreateAsync();
        var id = await w.CompleteDraftAsync(await w.NewBeneficiaryAsync());
        Assert.Equal(["submit-request"], await ButtonsAsync(w, IntakeWorld.Officer, id));
    }

    [Fact]
    public async Task A_relations_officer_sees_verify_and_reject_incomplete_on_a_website_request_but_no_submit()
    {
        await using var w = await IntakeWorld.CreateAsync();
        var beneficiary = await w.NewBeneficiaryAsync();
        var type = await w.TypeAsync("counselling");
        int id;
        await using (var db = await w.Dbs.CreateDbContextAsync())
        {
            var r = new SupportRequest(beneficiary, type.Id, "أحتاج إلى من يسمعني", ContactChannel.Website, fromWebsite: true, w.Clock.GetUtcNow(), Actor.System);
            db.Requests.Add(r);
            await db.SaveChangesAsync();
            id = r.Id;
        }
        Assert.Equal(["verify-request", "reject-incomplete"], await ButtonsAsync(w, IntakeWorld.Officer, id));
    }

    [Fact]
    public async Task Once_submitted_the_lifecycle_gives_no_submit_and_the_page_shows_none()
    {
        await using var w = await IntakeWorld.CreateAsync();
        var id = await w.CompleteDraftAsync(await w.NewBeneficiaryAsync());
        Assert.True((await w.Intake.SubmitAsync(IntakeWorld.Officer, id)).Submitted);
        Assert.DoesNotContain(RequestTrigger.Submit, (await w.Intake.GetAsync(IntakeWorld.Officer, id))!.Moves);
        Assert.Empty(await ButtonsAsync(w, IntakeWorld.Officer, id));
    }

    [Fact]
    public async Task A_manager_may_not_submit_a_draft_and_is_not_offered_it()
    {
        await using var w = await IntakeWorld.CreateAsync();
        var id = await w.CompleteDraftAsync(await w.NewBeneficiaryAsync());
        Assert.DoesNotContain(RequestTrigger.Submit, RequestLifecycle.MovesFor(IntakeWorld.Manager, RequestStatus.Draft));
        Assert.Empty(await ButtonsAsync(w, IntakeWorld.Manager, id));
    }
}
