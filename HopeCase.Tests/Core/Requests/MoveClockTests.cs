using HopeCase.Core.Organisation;
using HopeCase.Core.Requests;
using HopeCase.Core.Staff;
using HopeCase.Tests.Support;

namespace HopeCase.Tests.Core.Requests;

/// <summary>The decision clock (P-6.5) is started, paused, resumed and restarted by the moves themselves, as the table says.</summary>
public sealed class MoveClockTests
{
    private static readonly DateTimeOffset T0 = LifecycleWalk.Start.AddDays(2);

    [Fact]
    public void Submit_starts_the_window_from_the_policy()
    {
        var r = LifecycleWalk.RequestIn(RequestStatus.Draft);
        var policy = new PolicyOptions { DecisionWindowDays = 10, CriticalWindowDays = 2 };
        r.Move(RequestTrigger.Submit, LifecycleWalk.As(Roles.RelationsOfficer), T0, DecisionWindow.From(policy));
        Assert.Equal(T0, r.SubmittedAt);
        Assert.Equal(T0.AddDays(10), r.DueAt);
        Assert.Null(r.PausedSince);
        Assert.Equal(TimeSpan.Zero, r.PausedFor);
        Assert.Equal(T0, r.NextDeadlineAt);
    }

    [Fact]
    public void Verifying_a_website_request_starts_the_window_and_a_critical_request_gets_the_short_one()
    {
        var r = LifecycleWalk.RequestIn(RequestStatus.Received, critical: true);
        r.Move(RequestTrigger.Verify, LifecycleWalk.As(Roles.RelationsOfficer), T0, LifecycleWalk.Window);
        Assert.Equal(T0, r.SubmittedAt);
        Assert.Equal(T0.AddDays(1), r.DueAt);
    }

    [Fact]
    public void RequestInfo_pauses_and_InfoReceived_resumes_with_the_due_date_moved_by_the_time_waited()
    {
        var r = LifecycleWalk.RequestIn(RequestStatus.AwaitingCommittee);
        var due = r.DueAt!.Value;
        r.Move(RequestTrigger.RequestInfo, LifecycleWalk.As(Roles.CommitteeMember), T0);
        Assert.Equal(T0, r.PausedSince);
        Assert.Null(r.NextDeadlineAt);
        Assert.Equal(due, r.DueAt);

        var back = T0.AddDays(10).AddHours(3);
        r.Move(RequestTrigger.InfoReceived, LifecycleWalk.As(Roles.ResearchOfficer), back);
        Assert.Null(r.PausedSince);
        Assert.Equal(due + TimeSpan.FromDays(10).Add(TimeSpan.FromHours(3)), r.DueAt);
        Assert.Equal(TimeSpan.FromDays(10).Add(TimeSpan.FromHours(3)), r.PausedFor);
        Assert.Equal(back, r.NextDeadlineAt);
        Assert.Equal(RequestStatus.UnderStudy, r.Status);
    }

    [Fact]
    public void An_appeal_restarts_the_window_as_a_new_round()
    {
        var r = LifecycleWalk.RequestIn(RequestStatus.Rejected);
        var submitted = r.SubmittedAt!.Value;
        r.Move(RequestTrigger.Appeal, LifecycleWalk.As(Roles.RelationsOfficer), T0, LifecycleWalk.Window, "تظلم");
        Assert.Equal(T0.AddDays(14), r.DueAt);
        Assert.Equal(1, r.ClockRound);
        Assert.Equal(submitted, r.SubmittedAt);
        Assert.Equal(T0 - submitted, r.PausedFor);
        Assert.Equal(T0, r.NextDeadlineAt);
    }

    [Theory]
    [InlineData(RequestStatus.Draft, RequestTrigger.Submit, Roles.RelationsOfficer)]
    [InlineData(RequestStatus.Received, RequestTrigger.Verify, Roles.RelationsOfficer)]
    [InlineData(RequestStatus.Rejected, RequestTrigger.Appeal, Roles.System)]
    public void A_move_that_opens_the_window_without_its_length_is_refused_and_changes_nothing(RequestStatus from, RequestTrigger trigger, string role)
    {
        var r = LifecycleWalk.RequestIn(from);
        var before = LifecycleWalk.Snapshot(r);
        Assert.Throws<ArgumentException>(() => r.Move(trigger, LifecycleWalk.As(role), T0));
        Assert.Equal(before, LifecycleWalk.Snapshot(r));
    }

    [Fact]
    public void Other_moves_leave_the_clock_alone()
    {
        foreach (var move in RequestLifecycle.Table.Where(t => t.Clock == ClockEffect.None))
        {
            var r = LifecycleWalk.RequestIn(move.From);
            var clock = (r.SubmittedAt, r.DueAt, r.PausedSince, r.PausedFor, r.NextDeadlineAt, r.ClockRound);
            r.Move(move.Trigger, LifecycleWalk.As(move.Roles[0]), T0);
            Assert.Equal(clock, (r.SubmittedAt, r.DueAt, r.PausedSince, r.PausedFor, r.NextDeadlineAt, r.ClockRound));
        }
    }

    [Fact]
    public void The_clock_column_agrees_with_when_the_window_runs()
    {
        foreach (var t in RequestLifecycle.Table)
        {
            var runsBefore = RequestLifecycle.ClockRuns(t.From);
            var runsAfter = RequestLifecycle.ClockRuns(t.To);
            var expected = (runsBefore, runsAfter) switch
            {
                _ when t.Trigger is RequestTrigger.Withdraw => ClockEffect.Stop,
                (false, true) => t.From is RequestStatus.NeedsInfo ? ClockEffect.Resume : t.From is RequestStatus.Rejected ? ClockEffect.Restart : ClockEffect.Start,
                (true, false) when t.To is RequestStatus.NeedsInfo => ClockEffect.Pause,
                _ => ClockEffect.None,
            };
            Assert.True(expected == t.Clock, $"{t.From} -{t.Trigger}-> {t.To}: {t.Clock}, expected {expected}");
        }
    }
}
