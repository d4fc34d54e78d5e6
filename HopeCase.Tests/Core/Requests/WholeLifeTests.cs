using HopeCase.Core.Committee;
using HopeCase.Core.Registration;
using HopeCase.Core.Requests;
using HopeCase.Core.Research;
using HopeCase.Core.Security;
using HopeCase.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Tests.Core.Requests;

/// <summary>One request through its whole life on a simulated clock: submit, study, agenda, decide, register, serve, close.</summary>
[Collection(HangfireCoreCollection.Name)]
public sealed class WholeLifeTests
{
    [Fact]
    public async Task A_request_lives_from_submission_to_closure()
    {
        await using var w = await ResearchWorld.CreateAsync();
        var clock = w.Intake.Clock;
        var id = await w.SubmittedAsync();
        Assert.Contains(await w.Queues.CountsAsync(IntakeWorld.Manager), c => c.Key == "Deadlines.QueueOverdue" && c.Count == 0);

        // Round robin: the first assignment goes to the first officer, the next to the second, then back.
        clock.Advance(TimeSpan.FromHours(3));
        var first = await w.Research.AssignRoundRobinAsync(IntakeWorld.Manager, id);
        Assert.Equal(ResearchWorld.Researcher.UserId, first.Id);
        var other = await w.SubmittedAsync(2);
        Assert.Equal(ResearchWorld.Researcher2.UserId, (await w.Research.AssignRoundRobinAsync(IntakeWorld.Manager, other)).Id);
        Assert.Contains(await w.Queues.CountsAsync(ResearchWorld.Researcher), c => c.Key == "Research.QueueMyStudies" && c.Count == 1);

        // The study: an incomplete one cannot be sent.
        clock.Advance(TimeSpan.FromDays(2));
        await w.Research.SaveStudyAsync(ResearchWorld.Researcher, id, ResearchWorld.Study() with { NeedsAssessment = "" });
        Assert.Equal("Research.StudyNeedsRequired", (await Assert.ThrowsAsync<CaseRuleException>(() => w.Research.SendToCommitteeAsync(ResearchWorld.Researcher, id))).Code);
        await w.Research.SaveStudyAsync(ResearchWorld.Researcher, id, ResearchWorld.Study());
        await w.Research.SendToCommitteeAsync(ResearchWorld.Researcher, id);
        Assert.Contains(await w.Queues.CountsAsync(ResearchWorld.Chair), c => c.Key == "Committee.QueueOnAgenda" && c.Count == 1);

        // The committee, on day 5.
        clock.Advance(TimeSpan.FromDays(3));
        var session = await w.SessionWithAgendaAsync();
        var item = await w.ItemOfAsync(session, id);
        await w.VoteAllAsync(item, DecisionKind.Accepted);
        await w.Committee.DecideAsync(ResearchWorld.Chair, item, new DecisionInput(DecisionKind.Accepted, "جلسات إرشاد نفسي فردية", SessionCount: 6, DurationMonths: 3));
        await w.Committee.CloseAsync(ResearchWorld.Chair, session);
        Assert.Contains(await w.Queues.CountsAsync(IntakeWorld.Officer), c => c.Key == "Registration.QueueToRegister" && c.Count == 1);

        // Registration: the checklist first, then the file number, given once.
        clock.Advance(TimeSpan.FromDays(1));
        foreach (var check in Enum.GetValues<ChecklistItem>().SkipLast(1))
        {
            await w.Registration.TickAsync(IntakeWorld.Officer, id, check, true);
        }
        Assert.Equal("Registration.ChecklistIncomplete", (await Assert.ThrowsAsync<CaseRuleException>(() => w.Registration.RegisterAsync(IntakeWorld.Officer, id))).Code);
        await w.Registration.TickAsync(IntakeWorld.Officer, id, ChecklistItem.ServicesExplained, true);
        var file = await w.Registration.RegisterAsync(IntakeWorld.Officer, id);
        Assert.Equal("1448/00001", file);

        // Service: plan from the approved services, a provider, sessions booked and recorded.
        await w.Delivery.StartAsync(IntakeWorld.Manager, id, ResearchWorld.Provider.UserId!);
        var at = clock.GetUtcNow().AddHours(2);
        var s1 = await w.Delivery.BookAsync(ResearchWorld.Provider, id, at, DeliveryMode.InPerson);
        await w.Delivery.BookAsync(ResearchWorld.Provider, id, at.AddDays(7), DeliveryMode.Video);
        Assert.Contains(await w.Queues.CountsAsync(ResearchWorld.Provider), c => c.Key == "ServiceDelivery.QueueSessionsToday" && c.Count == 1);
        Assert.Single(await w.Delivery.TodayAsync(ResearchWorld.Provider));
        Assert.Empty(await w.Delivery.TodayAsync(ResearchWorld.Provider2));
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Delivery.RecordAsync(ResearchWorld.Provider2, s1, true, "ملاحظة", "تحسن"));
        clock.Advance(TimeSpan.FromHours(3));
        await w.Delivery.RecordAsync(ResearchWorld.Provider, s1, true, "ملاحظات سرية عن الجلسة", "تحسن ملحوظ في النوم");

        // Confidential notes: the assigned provider and managers read them (audited); the relations officer sees that they exist.
        var plan = (await w.Delivery.PlanAsync(ResearchWorld.Provider, id))!;
        Assert.Equal("ملاحظات سرية عن الجلسة", plan.Sessions[0].Notes);
        Assert.Contains("عدد الجلسات: 6", plan.Services, StringComparison.Ordinal);
        Assert.Equal("ملاحظات سرية عن الجلسة", (await w.Delivery.PlanAsync(IntakeWorld.Manager, id))!.Sessions[0].Notes);
        var officerView = (await w.Delivery.PlanAsync(IntakeWorld.Officer, id))!;
        Assert.Null(officerView.Sessions[0].Notes);
        Assert.True(officerView.Sessions[0].NotesHidden);
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Delivery.PlanAsync(ResearchWorld.Provider2, id));
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Delivery.PlanAsync(ResearchWorld.Chair, id));
        var reads = await w.Intake.Audit.LatestAsync(HopeCase.Tests.Support.Auditor.Actor, 50, "SupportRequest", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(2, reads.Count(a => a.Action == "SessionNotesRead"));

        // Closure: the closer is the actor of the closing event.
        clock.Advance(TimeSpan.FromDays(30));
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Delivery.CloseAsync(ResearchWorld.Provider2, id, "x"));
        await w.Delivery.CloseAsync(ResearchWorld.Provider, id, "اكتملت الجلسات المعتمدة");
        var closed = await w.RequestAsync(id);
        Assert.Equal(RequestStatus.Closed, closed.Status);
        var last = closed.Events.OrderBy(e => e.Id).Last();
        Assert.Equal((RequestStatus.InService, RequestStatus.Closed, ResearchWorld.Provider.UserId, "اكتملت الجلسات المعتمدة"), (last.From!.Value, last.To, last.UserId, last.Note));
        Assert.Equal(
            [RequestStatus.Draft, RequestStatus.Submitted, RequestStatus.UnderStudy, RequestStatus.AwaitingCommittee, RequestStatus.Accepted,
             RequestStatus.Registered, RequestStatus.InService, RequestStatus.Closed],
            closed.Events.OrderBy(e => e.Id).Select(e => e.To));
        Assert.All(closed.Events, e => Assert.False(string.IsNullOrEmpty(e.UserName)));

        // No reminders were due: the decision came on day 5.
        clock.Advance(TimeSpan.FromDays(30));
        await w.Deadlines.SweepAsync();
        Assert.DoesNotContain(await w.NotificationsAsync(id), n => n.Key.StartsWith("deadline:", StringComparison.Ordinal));

        // One file number was given, and only one.
        await using var db = await w.Intake.Dbs.CreateDbContextAsync();
        Assert.Equal(1, await db.FileNumbers.CountAsync());
    }
}
