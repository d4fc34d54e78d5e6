using HopeCase.Core.Committee;
using HopeCase.Core.Deadlines;
using HopeCase.Core.Requests;
using HopeCase.Tests.Support;

namespace HopeCase.Tests.Core.Deadlines;

/// <summary>Waiting for the beneficiary's missing information stops the two-week clock; it runs on when the information comes.</summary>
[Collection(HangfireCoreCollection.Name)]
public sealed class DeadlinePauseTests
{
    [Fact]
    public async Task NeedsInfo_pauses_the_clock_and_moves_the_due_date_by_the_time_waited()
    {
        await using var w = await ResearchWorld.CreateAsync();
        var id = await w.AwaitingCommitteeAsync();
        var due = (await w.RequestAsync(id)).DueAt!.Value;
        w.Intake.Clock.Advance(TimeSpan.FromDays(3));
        var session = await w.SessionWithAgendaAsync();
        var item = await w.ItemOfAsync(session, id);
        await w.VoteAllAsync(item, DecisionKind.NeedsInfo);
        await w.Committee.DecideAsync(ResearchWorld.Chair, item, new DecisionInput(DecisionKind.NeedsInfo, MissingInfo: "تقرير طبي حديث"));
        var paused = await w.RequestAsync(id);
        Assert.Equal(RequestStatus.NeedsInfo, paused.Status);
        Assert.NotNull(paused.PausedSince);

        // Ten days waiting on the beneficiary: no reminders, days left frozen.
        w.Intake.Clock.Advance(TimeSpan.FromDays(10));
        await w.Deadlines.SweepAsync();
        Assert.DoesNotContain(await w.NotificationsAsync(id), n => n.Key.StartsWith("deadline:", StringComparison.Ordinal));
        var open = await w.Queues.OpenAsync(IntakeWorld.Manager);
        Assert.Equal(11, open.Single(r => r.Id == id).DaysLeft!.Value, 3);

        await w.Research.InfoReceivedAsync(ResearchWorld.Researcher, id, "وصل التقرير الطبي");
        var resumed = await w.RequestAsync(id);
        Assert.Equal(due.AddDays(10), resumed.DueAt);
        Assert.Null(resumed.PausedSince);
        Assert.Equal(RequestStatus.UnderStudy, resumed.Status);

        // Day 7 of the running clock is calendar day 17: nothing on day 16, the reminder on day 17.
        w.Intake.Clock.Advance(TimeSpan.FromDays(4) - TimeSpan.FromHours(1));
        await w.Deadlines.SweepAsync();
        Assert.DoesNotContain(await w.NotificationsAsync(id), n => n.Kind == NotificationKind.ResearchReminder);
        w.Intake.Clock.Advance(TimeSpan.FromHours(2));
        await w.Deadlines.SweepAsync();
        Assert.Single(await w.NotificationsAsync(id), n => n.Kind == NotificationKind.ResearchReminder);
    }
}
