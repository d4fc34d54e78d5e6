using HopeCase.Core.Requests;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;

namespace HopeCase.Tests.Core.Requests;

public sealed class RequestLifecycleTests
{
    private static Actor As(string role) => new("u", "u", new HashSet<string> { role });

    [Theory]
    [InlineData(RequestStatus.Draft, RequestTrigger.Submit, Roles.RelationsOfficer, RequestStatus.Submitted)]
    [InlineData(RequestStatus.Received, RequestTrigger.Verify, Roles.RelationsOfficer, RequestStatus.Submitted)]
    [InlineData(RequestStatus.Received, RequestTrigger.RejectIncomplete, Roles.RelationsOfficer, RequestStatus.Closed)]
    [InlineData(RequestStatus.Submitted, RequestTrigger.Assign, Roles.Manager, RequestStatus.UnderStudy)]
    [InlineData(RequestStatus.UnderStudy, RequestTrigger.Recommend, Roles.ResearchOfficer, RequestStatus.AwaitingCommittee)]
    [InlineData(RequestStatus.AwaitingCommittee, RequestTrigger.Accept, Roles.CommitteeMember, RequestStatus.Accepted)]
    [InlineData(RequestStatus.AwaitingCommittee, RequestTrigger.Reject, Roles.CommitteeMember, RequestStatus.Rejected)]
    [InlineData(RequestStatus.AwaitingCommittee, RequestTrigger.RequestInfo, Roles.CommitteeMember, RequestStatus.NeedsInfo)]
    [InlineData(RequestStatus.AwaitingCommittee, RequestTrigger.Defer, Roles.CommitteeMember, RequestStatus.Deferred)]
    [InlineData(RequestStatus.NeedsInfo, RequestTrigger.InfoReceived, Roles.ResearchOfficer, RequestStatus.UnderStudy)]
    [InlineData(RequestStatus.Deferred, RequestTrigger.Requeue, Roles.CommitteeMember, RequestStatus.AwaitingCommittee)]
    [InlineData(RequestStatus.Accepted, RequestTrigger.Register, Roles.RelationsOfficer, RequestStatus.Registered)]
    [InlineData(RequestStatus.Registered, RequestTrigger.StartService, Roles.ServiceProvider, RequestStatus.InService)]
    [InlineData(RequestStatus.InService, RequestTrigger.Close, Roles.ServiceProvider, RequestStatus.Closed)]
    [InlineData(RequestStatus.Rejected, RequestTrigger.Appeal, Roles.RelationsOfficer, RequestStatus.AwaitingCommittee)]
    [InlineData(RequestStatus.UnderStudy, RequestTrigger.Withdraw, Roles.Manager, RequestStatus.Withdrawn)]
    public void The_designed_moves_are_allowed(RequestStatus from, RequestTrigger trigger, string role, RequestStatus to) =>
        Assert.Equal(to, RequestLifecycle.Require(from, trigger, As(role)).To);

    [Theory]
    [InlineData(RequestStatus.Draft, RequestTrigger.Accept)]
    [InlineData(RequestStatus.Submitted, RequestTrigger.Reject)]
    [InlineData(RequestStatus.Closed, RequestTrigger.Withdraw)]
    [InlineData(RequestStatus.Withdrawn, RequestTrigger.Submit)]
    [InlineData(RequestStatus.Accepted, RequestTrigger.Appeal)]
    [InlineData(RequestStatus.Rejected, RequestTrigger.Withdraw)]
    public void Moves_outside_the_table_throw(RequestStatus from, RequestTrigger trigger)
    {
        var ex = Assert.Throws<IllegalTransitionException>(() => RequestLifecycle.Require(from, trigger, As(Roles.Manager)));
        Assert.False(ex.RoleMissing);
    }

    [Fact]
    public void Every_move_refuses_every_role_not_named_for_it()
    {
        var people = Roles.All.Append(Roles.System).ToList();
        foreach (var move in RequestLifecycle.Table)
        {
            foreach (var role in people.Where(r => !move.Roles.Contains(r)))
            {
                var ex = Assert.Throws<IllegalTransitionException>(() => RequestLifecycle.Require(move.From, move.Trigger, As(role)));
                Assert.True(ex.RoleMissing, $"{role} on {move.From}/{move.Trigger}");
            }
        }
    }

    [Fact]
    public void A_research_officer_is_not_offered_the_assign_move()
    {
        var researcher = As(Roles.ResearchOfficer);
        Assert.DoesNotContain(RequestTrigger.Assign, RequestLifecycle.MovesFor(researcher, RequestStatus.Submitted, null));
        var ex = Assert.Throws<IllegalTransitionException>(() => RequestLifecycle.Require(RequestStatus.Submitted, RequestTrigger.Assign, researcher));
        Assert.True(ex.RoleMissing);
        Assert.Contains(RequestTrigger.Assign, RequestLifecycle.MovesFor(As(Roles.Manager), RequestStatus.Submitted, null));
    }

    [Fact]
    public void A_committee_member_cannot_register_and_an_officer_cannot_decide()
    {
        Assert.Throws<IllegalTransitionException>(() => RequestLifecycle.Require(RequestStatus.Accepted, RequestTrigger.Register, As(Roles.CommitteeMember)));
        Assert.Throws<IllegalTransitionException>(() => RequestLifecycle.Require(RequestStatus.AwaitingCommittee, RequestTrigger.Accept, As(Roles.RelationsOfficer)));
    }
}
