using HopeCase.Core.Requests;
using HopeCase.Core.Staff;
using HopeCase.Tests.Support;

namespace HopeCase.Tests.Core.Requests;

/// <summary>Every state against every trigger, for every role: the request does exactly what the lifecycle table says, and nothing else.</summary>
public sealed class EveryMoveTests
{
    private static readonly IReadOnlyList<string> People = [.. Roles.All, Roles.System];

    public static TheoryData<RequestStatus, RequestTrigger> EveryPair()
    {
        var data = new TheoryData<RequestStatus, RequestTrigger>();
        foreach (var status in Enum.GetValues<RequestStatus>())
        {
            foreach (var trigger in Enum.GetValues<RequestTrigger>())
            {
                data.Add(status, trigger);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void Each_state_and_trigger_moves_as_the_table_says_for_its_roles_and_is_refused_unchanged_otherwise(RequestStatus from, RequestTrigger trigger)
    {
        var row = RequestLifecycle.Find(from, trigger);
        foreach (var role in People)
        {
            var request = LifecycleWalk.RequestIn(from);
            var before = LifecycleWalk.Snapshot(request);
            var at = LifecycleWalk.Start.AddDays(1);
            if (row is not null && row.Roles.Contains(role))
            {
                var applied = request.Move(trigger, LifecycleWalk.As(role), at, LifecycleWalk.Window, "note");
                Assert.Same(row, applied);
                Assert.Equal(row.To, request.Status);
                var e = request.Events[^1];
                Assert.Equal((from, row.To, at, "note"), (e.From!.Value, e.To, e.At, e.Note));
                continue;
            }
            var ex = Assert.Throws<IllegalTransitionException>(() => request.Move(trigger, LifecycleWalk.As(role), at, LifecycleWalk.Window, "note"));
            Assert.Equal((from, trigger), (ex.From, ex.Trigger));
            // A pair outside the table is refused as such; a pair in it is refused for the role.
            Assert.Equal(row is not null, ex.RoleMissing);
            Assert.Equal(before, LifecycleWalk.Snapshot(request));
        }
    }

    [Fact]
    public void The_theory_covers_all_208_pairs_of_which_26_are_moves_and_182_are_refused()
    {
        var pairs = EveryPair().Select(d => ((RequestStatus)d[0], (RequestTrigger)d[1])).ToList();
        Assert.Equal(Enum.GetValues<RequestStatus>().Length * Enum.GetValues<RequestTrigger>().Length, pairs.Count);
        Assert.Equal(208, pairs.Distinct().Count());
        Assert.Equal(26, pairs.Count(p => RequestLifecycle.Find(p.Item1, p.Item2) is not null));
        Assert.Equal(182, pairs.Count(p => RequestLifecycle.Find(p.Item1, p.Item2) is null));
        // One row per pair: the table never offers two answers to the same question.
        Assert.Equal(RequestLifecycle.Table.Count, RequestLifecycle.Table.Select(t => (t.From, t.Trigger)).Distinct().Count());
    }

    [Fact]
    public void Every_state_is_reached_by_moves_alone()
    {
        foreach (var status in Enum.GetValues<RequestStatus>())
        {
            Assert.Equal(status, LifecycleWalk.RequestIn(status).Status);
        }
    }
}
