using HopeCase.Core.Committee;
using HopeCase.Core.Registration;
using HopeCase.Core.Requests;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using HopeCase.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Tests.Core.Security;

/// <summary>Each role is refused, in the service layer, every move of research, committee, registration and service it may not make.</summary>
[Collection(HangfireCoreCollection.Name)]
public sealed class RoleRefusalTests
{
    private static readonly string[] Everyone = [.. Roles.All, Roles.System];

    private static Actor Stranger(string role) => role == Roles.System ? Actor.System : new($"x-{role}", role, new HashSet<string> { role });

    private static async Task AssertRefusedAsync(string operation, Func<Actor, Task> work, params string[] allowed)
    {
        foreach (var role in Everyone.Except(allowed))
        {
            var ex = await Record.ExceptionAsync(() => work(Stranger(role)));
            Assert.True(ex is ForbiddenException or IllegalTransitionException { RoleMissing: true }, $"{role} was not refused '{operation}': {ex?.GetType().Name ?? "no exception"}");
        }
    }

    [Fact]
    public async Task Each_role_is_refused_what_it_may_not_do()
    {
        await using var w = await ResearchWorld.CreateAsync();
        var submitted = await w.SubmittedAsync(1);
        var awaiting = await w.AwaitingCommitteeAsync(2);
        var session = await w.SessionWithAgendaAsync();
        var item = await w.ItemOfAsync(session, awaiting);
        var accepted = await w.AwaitingCommitteeAsync(3);
        var session2 = await w.SessionWithAgendaAsync();
        var item2 = await w.ItemOfAsync(session2, accepted);
        await w.VoteAllAsync(item2, DecisionKind.Accepted);
        await w.Committee.DecideAsync(ResearchWorld.Chair, item2, new DecisionInput(DecisionKind.Accepted, "إرشاد", SessionCount: 4, DurationMonths: 2));
        var underStudy = await w.SubmittedAsync(4);
        await w.Research.AssignAsync(IntakeWorld.Manager, underStudy, ResearchWorld.Researcher.UserId!);

        await AssertRefusedAsync("assign", a => w.Research.AssignAsync(a, submitted, ResearchWorld.Researcher.UserId!), Roles.Manager, Roles.ResearchOfficer, Roles.System);
        await AssertRefusedAsync("round robin", a => w.Research.AssignRoundRobinAsync(a, submitted), Roles.Manager, Roles.System);
        await AssertRefusedAsync("record study", a => w.Research.SaveStudyAsync(a, underStudy, ResearchWorld.Study()));
        await AssertRefusedAsync("send to committee", a => w.Research.SendToCommitteeAsync(a, underStudy));
        await AssertRefusedAsync("schedule session", a => w.Committee.ScheduleAsync(a, w.Intake.Clock.GetUtcNow(), []));
        await AssertRefusedAsync("build agenda", a => w.Committee.BuildAgendaAsync(a, session));
        await AssertRefusedAsync("vote", a => w.Committee.VoteAsync(a, item, DecisionKind.Accepted, null));
        await AssertRefusedAsync("decide", a => w.Committee.DecideAsync(a, item, new DecisionInput(DecisionKind.Deferred)));
        await AssertRefusedAsync("close session", a => w.Committee.CloseAsync(a, session));
        await AssertRefusedAsync("appeal", a => w.Committee.AppealAsync(a, accepted, "x", "officer"), Roles.RelationsOfficer, Roles.System);
        await AssertRefusedAsync("tick checklist", a => w.Registration.TickAsync(a, accepted, ChecklistItem.IdentityConfirmed, true), Roles.RelationsOfficer, Roles.Manager);
        await AssertRefusedAsync("register", a => w.Registration.RegisterAsync(a, accepted), Roles.RelationsOfficer, Roles.Manager);
        await AssertRefusedAsync("start service", a => w.Delivery.StartAsync(a, accepted, ResearchWorld.Provider.UserId!), Roles.Manager);
        await AssertRefusedAsync("close case", a => w.Delivery.CloseAsync(a, accepted, "انتهت الخدمة"), Roles.Manager, Roles.ServiceProvider);
        await AssertRefusedAsync("information received", a => w.Research.InfoReceivedAsync(a, awaiting, "وصل"), Roles.RelationsOfficer, Roles.ResearchOfficer);
        await AssertRefusedAsync("book a session", a => w.Delivery.BookAsync(a, accepted, w.Intake.Clock.GetUtcNow(), DeliveryMode.Phone), Roles.ServiceProvider, Roles.Manager);
        await AssertRefusedAsync("record a session", a => w.Delivery.RecordAsync(a, 1, true, "x", "y"), Roles.ServiceProvider);
        await AssertRefusedAsync("read a service plan", a => w.Delivery.PlanAsync(a, accepted), Roles.ServiceProvider, Roles.Manager, Roles.RelationsOfficer);
        await AssertRefusedAsync("read a study", a => w.Research.GetStudyAsync(a, awaiting), Roles.ResearchOfficer, Roles.CommitteeMember, Roles.Manager);
        await AssertRefusedAsync("read a session", a => w.Committee.SessionAsync(a, session), Roles.CommitteeMember, Roles.Manager);

        // Nothing moved.
        Assert.Equal(RequestStatus.Submitted, (await w.RequestAsync(submitted)).Status);
        Assert.Equal(RequestStatus.AwaitingCommittee, (await w.RequestAsync(awaiting)).Status);
        Assert.Equal(RequestStatus.Accepted, (await w.RequestAsync(accepted)).Status);
        Assert.Equal(RequestStatus.UnderStudy, (await w.RequestAsync(underStudy)).Status);
    }

    [Fact]
    public async Task Staff_of_the_right_role_are_still_refused_other_peoples_records()
    {
        await using var w = await ResearchWorld.CreateAsync();
        var id = await w.SubmittedAsync();
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Research.AssignAsync(ResearchWorld.Researcher2, id, ResearchWorld.Researcher.UserId!));
        await w.Research.AssignAsync(IntakeWorld.Manager, id, ResearchWorld.Researcher.UserId!);
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Research.SaveStudyAsync(ResearchWorld.Researcher2, id, ResearchWorld.Study()));
        await w.Research.SaveStudyAsync(ResearchWorld.Researcher, id, ResearchWorld.Study());
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Research.SendToCommitteeAsync(ResearchWorld.Researcher2, id));
        await w.Research.SendToCommitteeAsync(ResearchWorld.Researcher, id);

        var session = await w.SessionWithAgendaAsync();
        var item = await w.ItemOfAsync(session, id);
        var outsider = ResearchWorld.Staff("u-c4", "عضو خارج الجلسة", Roles.CommitteeMember);
        await w.AddStaffAsync(outsider);
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Committee.VoteAsync(outsider, item, DecisionKind.Accepted, null));
        await w.VoteAllAsync(item, DecisionKind.Accepted);
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Committee.DecideAsync(ResearchWorld.Member2, item, new DecisionInput(DecisionKind.Accepted, "x", 1, null, 1)));
        await using var db = await w.Intake.Dbs.CreateDbContextAsync();
        Assert.Equal(0, await db.CommitteeDecisions.CountAsync());
    }
}
