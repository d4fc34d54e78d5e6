using HopeCase.Core.Requests;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using HopeCase.Tests.Support;
using static HopeCase.Core.Requests.RequestTrigger;

namespace HopeCase.Tests.Core.Requests;

/// <summary>What a page may offer: the moves this person may make on this request, from the table alone.</summary>
public sealed class MovesForTests
{
    [Theory]
    [InlineData(RequestStatus.Draft, Roles.RelationsOfficer, new[] { Submit, Withdraw })]
    [InlineData(RequestStatus.Draft, Roles.Manager, new[] { Withdraw })]
    [InlineData(RequestStatus.Draft, Roles.ResearchOfficer, new RequestTrigger[0])]
    [InlineData(RequestStatus.Received, Roles.RelationsOfficer, new[] { Verify, RejectIncomplete, Withdraw })]
    [InlineData(RequestStatus.Received, Roles.System, new[] { Withdraw })]
    [InlineData(RequestStatus.Submitted, Roles.ResearchOfficer, new RequestTrigger[0])]
    [InlineData(RequestStatus.Submitted, Roles.Manager, new[] { Assign, Withdraw })]
    [InlineData(RequestStatus.Submitted, Roles.RelationsOfficer, new[] { Withdraw })]
    [InlineData(RequestStatus.AwaitingCommittee, Roles.CommitteeMember, new[] { Accept, Reject, RequestInfo, Defer })]
    [InlineData(RequestStatus.AwaitingCommittee, Roles.ResearchOfficer, new RequestTrigger[0])]
    [InlineData(RequestStatus.NeedsInfo, Roles.ResearchOfficer, new[] { InfoReceived })]
    [InlineData(RequestStatus.NeedsInfo, Roles.RelationsOfficer, new[] { InfoReceived, Withdraw })]
    [InlineData(RequestStatus.Rejected, Roles.RelationsOfficer, new[] { Appeal, Close })]
    [InlineData(RequestStatus.Rejected, Roles.System, new[] { Appeal, Close })]
    [InlineData(RequestStatus.Rejected, Roles.Manager, new[] { Close })]
    [InlineData(RequestStatus.Registered, Roles.ServiceProvider, new[] { StartService })]
    [InlineData(RequestStatus.Closed, Roles.Manager, new RequestTrigger[0])]
    [InlineData(RequestStatus.Withdrawn, Roles.RelationsOfficer, new RequestTrigger[0])]
    public void Each_role_gets_exactly_its_moves(RequestStatus status, string role, RequestTrigger[] expected) =>
        Assert.Equal(expected, RequestLifecycle.MovesFor(LifecycleWalk.As(role), status));

    [Fact]
    public void Someone_in_two_roles_gets_both_roles_moves_once_in_table_order()
    {
        var both = new Actor("u", "u", new HashSet<string> { Roles.RelationsOfficer, Roles.Manager });
        Assert.Equal(new[] { Appeal, Close }, RequestLifecycle.MovesFor(both, RequestStatus.Rejected));
        Assert.Equal(new[] { Register, Withdraw }, RequestLifecycle.MovesFor(both, RequestStatus.Accepted));
    }

    [Fact]
    public void Only_the_assigned_research_officer_may_send_the_study_to_the_committee()
    {
        var mine = new Actor("res-1", "res-1", new HashSet<string> { Roles.ResearchOfficer });
        var other = new Actor("res-2", "res-2", new HashSet<string> { Roles.ResearchOfficer });
        Assert.Equal(new[] { Recommend }, RequestLifecycle.MovesFor(mine, RequestStatus.UnderStudy, "res-1"));
        Assert.Empty(RequestLifecycle.MovesFor(other, RequestStatus.UnderStudy, "res-1"));
        Assert.Empty(RequestLifecycle.MovesFor(mine, RequestStatus.UnderStudy, null));
        // By role alone the move is a research officer's.
        Assert.Equal(new[] { Recommend }, RequestLifecycle.MovesFor(other, RequestStatus.UnderStudy));
    }

    [Fact]
    public void The_moves_offered_are_exactly_the_moves_that_would_be_allowed()
    {
        foreach (var status in Enum.GetValues<RequestStatus>())
        {
            foreach (var role in Roles.All.Append(Roles.System))
            {
                var actor = LifecycleWalk.As(role);
                var allowed = Enum.GetValues<RequestTrigger>().Where(t => Allowed(status, t, actor)).ToList();
                Assert.Equal(allowed.Order(), RequestLifecycle.MovesFor(actor, status).Order());
            }
        }
    }

    [Fact]
    public async Task The_request_view_carries_the_moves_of_whoever_reads_it()
    {
        await using var w = await IntakeWorld.CreateAsync();
        var draft = await w.CompleteDraftAsync(await w.NewBeneficiaryAsync());
        Assert.Equal(new[] { Submit, Withdraw }, (await w.Intake.GetAsync(IntakeWorld.Officer, draft))!.Moves);
        Assert.Equal(new[] { Withdraw }, (await w.Intake.GetAsync(IntakeWorld.Manager, draft))!.Moves);
        // A research officer reads only the requests assigned to them (docs/security/access.md).
        await Assert.ThrowsAsync<HopeCase.Core.Security.ForbiddenException>(() => w.Intake.GetAsync(IntakeWorld.Researcher, draft));
        Assert.True((await w.Intake.GetAsync(IntakeWorld.Officer, draft))!.TakesDocuments);

        await w.Intake.SubmitAsync(IntakeWorld.Officer, draft);
        var submitted = (await w.Intake.GetAsync(IntakeWorld.Officer, draft))!;
        Assert.Equal(new[] { Withdraw }, submitted.Moves);
        Assert.False(submitted.TakesDocuments);
        await Assert.ThrowsAsync<HopeCase.Core.Security.ForbiddenException>(() => w.Intake.GetAsync(IntakeWorld.Researcher, draft));
    }

    private static bool Allowed(RequestStatus status, RequestTrigger trigger, Actor actor)
    {
        try
        {
            RequestLifecycle.Require(status, trigger, actor);
            return true;
        }
        catch (IllegalTransitionException)
        {
            return false;
        }
    }
}
