using HopeCase.Core.Deadlines;
using HopeCase.Core.Messaging;
using HopeCase.Core.Research;
using HopeCase.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Tests.Core.Deadlines;

/// <summary>Issue 14 item 13: reminders and escalations also reach staff by e-mail or SMS through the outbox, as each chose, once each.</summary>
[Collection(HangfireCoreCollection.Name)]
public sealed class ReminderChannelsTests
{
    [Fact]
    public async Task Each_reminder_reaches_each_person_once_by_the_channels_they_chose()
    {
        await using var w = await ResearchWorld.CreateAsync();
        var channels = new ReminderChannelsService(w.Intake.Dbs, w.Intake.Audit, w.Intake.Clock);
        // No mobile on the profile yet: SMS is refused with an Arabic-keyed message.
        Assert.Equal("Deadlines.NoMobileForSms",
            (await Assert.ThrowsAsync<CaseRuleException>(() => channels.SetAsync(ResearchWorld.Researcher, byEmail: true, bySms: true))).Code);
        await using (var db = await w.Intake.Dbs.CreateDbContextAsync())
        {
            (await db.Users.SingleAsync(u => u.Id == ResearchWorld.Researcher.UserId)).PhoneNumber = "+966551110000";
            await db.SaveChangesAsync();
        }
        await channels.SetAsync(ResearchWorld.Researcher, byEmail: true, bySms: true);
        await channels.SetAsync(IntakeWorld.Manager, byEmail: true, bySms: false);
        Assert.Equal((true, false), ((await channels.GetAsync(IntakeWorld.Manager)).ByEmail, (await channels.GetAsync(IntakeWorld.Manager)).BySms));

        var id = await w.SubmittedAsync();
        var reference = (await w.RequestAsync(id)).Reference!;
        await w.Research.AssignAsync(IntakeWorld.Manager, id, ResearchWorld.Researcher.UserId!);
        w.Intake.Clock.Advance(TimeSpan.FromHours(12));
        for (var day = 1; day <= 15; day++)
        {
            await w.Deadlines.SweepAsync();
            await w.Deadlines.SweepAsync();
            w.Intake.Clock.Advance(TimeSpan.FromDays(1));
        }

        await using var read = await w.Intake.Dbs.CreateDbContextAsync();
        var staff = await read.Outbox.AsNoTracking().Where(m => m.Kind == MessageKind.StaffReminder).ToListAsync();
        var toResearcher = staff.Where(m => m.To is "u-res@hope.test" or "+966551110000").ToList();
        Assert.Equal(2, toResearcher.Count);
        Assert.Equal([MessageChannel.Sms, MessageChannel.Email], toResearcher.Select(m => m.Channel).Order());
        Assert.All(toResearcher, m => Assert.Contains(reference, m.Body, StringComparison.Ordinal));
        Assert.All(toResearcher, m => Assert.Contains("اليوم 7", m.Body, StringComparison.Ordinal));
        // The manager: the day-14 escalation (the last sweep is 14 days 12 hours in), by e-mail only, once though swept twice.
        var toManager = Assert.Single(staff, m => m.To == "u-man@hope.test");
        Assert.Equal(MessageChannel.Email, toManager.Channel);
        Assert.Equal(staff.Count, staff.Select(m => m.IdempotencyKey).Distinct().Count());
        // Who chose nothing gets nothing.
        Assert.DoesNotContain(staff, m => m.To == "u-c1@hope.test" || m.To == "u-c2@hope.test");
    }
}
