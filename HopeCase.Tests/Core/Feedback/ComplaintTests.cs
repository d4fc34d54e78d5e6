using HopeCase.Core.Contacts;
using HopeCase.Core.Feedback;
using HopeCase.Core.Messaging;
using HopeCase.Core.Organisation;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using HopeCase.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Tests.Core.Feedback;

public sealed class ComplaintTests
{
    private static FeedbackInput Complaint(FeedbackSender sender, ContactChannel channel = ContactChannel.Phone) =>
        new(FeedbackKind.Complaint, FeedbackCategory.Waiting, channel, "انتظرت طويلًا في الفرع", sender);

    [Fact]
    public async Task The_deadline_is_five_working_days_with_friday_and_saturday_off()
    {
        // Tue 24 Nov → Wed, Thu, (Fri, Sat off), Sun, Mon, Tue 1 Dec: the end of that day in Riyadh.
        var due = WorkingDays.Add(new DateTimeOffset(2026, 11, 24, 7, 0, 0, TimeSpan.Zero), 5);
        Assert.Equal(new DateOnly(2026, 12, 1), HopeCase.Core.Saudi.SaudiTime.LocalDate(due));
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 20, 59, 59, TimeSpan.Zero), due);
        // Thursday evening → Sun, Mon, Tue, Wed, Thu.
        Assert.Equal(new DateOnly(2026, 12, 3), HopeCase.Core.Saudi.SaudiTime.LocalDate(WorkingDays.Add(new DateTimeOffset(2026, 11, 26, 15, 0, 0, TimeSpan.Zero), 5)));

        await using var w = await FeedbackWorld.CreateAsync();
        var id = await w.Feedback.RecordAsync(IntakeWorld.Officer, Complaint(new FeedbackSender(false, "سالم", "0551234000", null, null)));
        var item = Assert.Single(await w.Feedback.ListAsync(IntakeWorld.Manager, id: id));
        Assert.Equal(due, item.DueAt);
    }

    [Fact]
    public async Task The_sweep_reminds_once_near_the_deadline_and_escalates_once_after_it()
    {
        await using var w = await FeedbackWorld.CreateAsync();
        var id = await w.Feedback.RecordAsync(IntakeWorld.Officer, Complaint(new FeedbackSender(true, null, null, null, null)));
        await w.Feedback.AssignAsync(IntakeWorld.Manager, id, "u-rel", "موظف العلاقات");

        Assert.Equal(new FeedbackSweepResult(0, 0), await w.Deadlines.RunAsync());
        w.Clock.Advance(TimeSpan.FromDays(6));                 // Mon 30 Nov: one working day left
        Assert.Equal(new FeedbackSweepResult(1, 0), await w.Deadlines.RunAsync());
        Assert.Equal(new FeedbackSweepResult(0, 0), await w.Deadlines.RunAsync());
        w.Clock.Advance(TimeSpan.FromDays(2));                 // Wed 2 Dec: past due
        var both = await Task.WhenAll(w.Deadlines.RunAsync(), w.Deadlines.RunAsync());
        Assert.Equal(1, both.Sum(r => r.Escalations));
        Assert.Equal(new FeedbackSweepResult(0, 0), await w.Deadlines.RunAsync());

        var events = await w.Feedback.DeadlineEventsAsync(IntakeWorld.Manager, id);
        Assert.Equal([FeedbackThreshold.ReminderToAssignee, FeedbackThreshold.EscalatedToManagers], events.Select(e => e.Threshold));
        Assert.Equal("موظف العلاقات", events[0].Who);

        // The same two effects reach the staff notifications panel, once each: the assignee, then the managers.
        await using var db = await w.Dbs.CreateDbContextAsync();
        var notes = await db.StaffNotifications.AsNoTracking().Where(n => n.Key.StartsWith("feedback:")).OrderBy(n => n.Id).ToListAsync();
        Assert.Equal([HopeCase.Core.Deadlines.NotificationKind.FeedbackReminder, HopeCase.Core.Deadlines.NotificationKind.FeedbackEscalation], notes.Select(n => n.Kind));
        Assert.Equal(("u-rel", (string?)null), (notes[0].RecipientUserId, notes[0].RecipientRole));
        Assert.Equal(((string?)null, Roles.Manager), (notes[1].RecipientUserId, notes[1].RecipientRole));
        Assert.All(notes, n => Assert.Equal(id.ToString(System.Globalization.CultureInfo.InvariantCulture), n.Reference));
    }

    [Fact]
    public async Task The_answer_goes_to_the_sender_when_known_and_to_nobody_when_anonymous()
    {
        await using var w = await FeedbackWorld.CreateAsync();
        var known = await w.Feedback.RecordAsync(IntakeWorld.Officer, Complaint(new FeedbackSender(false, "سالم", "0551234000", null, null)));
        var anonymous = await w.Feedback.RecordAsync(IntakeWorld.Officer, Complaint(new FeedbackSender(true, "لا يُحفظ", "0559999999", null, null)));
        var ben = await w.Intake.NewBeneficiaryAsync();
        var fromBeneficiary = await w.Feedback.RecordAsync(IntakeWorld.Officer, Complaint(new FeedbackSender(false, null, null, null, ben), ContactChannel.Interview));

        await w.Feedback.AnswerAsync(IntakeWorld.Manager, known, "نعتذر، وعدّلنا المواعيد لتقليل الانتظار");
        await w.Feedback.AnswerAsync(IntakeWorld.Manager, anonymous, "عولجت");
        await w.Feedback.AnswerAsync(IntakeWorld.Manager, fromBeneficiary, "تم التواصل");
        await Assert.ThrowsAsync<InvalidOperationException>(() => w.Feedback.AnswerAsync(IntakeWorld.Manager, known, "مرة ثانية"));

        await using var db = await w.Dbs.CreateDbContextAsync();
        var answers = await db.Outbox.AsNoTracking().Where(m => m.Kind == MessageKind.ComplaintAnswer).OrderBy(m => m.Id).ToListAsync();
        Assert.Equal(["+966551234000", "+966550000001"], answers.Select(m => m.To));
        Assert.Contains("نعتذر، وعدّلنا المواعيد", answers[0].Body, StringComparison.Ordinal);
        Assert.Equal(ben, answers[1].BeneficiaryId);
        var stored = await db.FeedbackItems.AsNoTracking().SingleAsync(f => f.Id == anonymous);
        Assert.Equal(((string?)null, (string?)null), (stored.SenderName, stored.SenderMobile));
    }

    [Fact]
    public async Task The_public_form_and_the_roles()
    {
        await using var w = await FeedbackWorld.CreateAsync();
        var reference = await w.Feedback.SubmitPublicAsync(FeedbackKind.Suggestion, FeedbackCategory.Communication, "أقترح إرسال تذكير قبل الموعد", new FeedbackSender(true, null, null, null, 5));
        Assert.Matches("^FB-[0-9]{6}$", reference);
        var item = Assert.Single(await w.Feedback.ListAsync(IntakeWorld.Manager));
        Assert.Equal((ContactChannel.Website, true, (int?)null), (item.Channel, item.Anonymous, item.BeneficiaryId));

        foreach (var actor in new[] { IntakeWorld.Researcher, IntakeWorld.Provider, FeedbackWorld.Committee })
        {
            await Assert.ThrowsAsync<ForbiddenException>(() => w.Feedback.ListAsync(actor));
            await Assert.ThrowsAsync<ForbiddenException>(() => w.Feedback.RecordAsync(actor, Complaint(new FeedbackSender(true, null, null, null, null))));
        }
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Feedback.AssignAsync(IntakeWorld.Officer, item.Id, "u-rel", "x"));
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Improvements.AddAsync(IntakeWorld.Officer, "قلتم", "فعلنا", [item.Id]));
        // An officer may answer only what is assigned to them.
        await w.Feedback.AssignAsync(IntakeWorld.Manager, item.Id, "someone-else", "موظف آخر");
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Feedback.AnswerAsync(IntakeWorld.Officer, item.Id, "رد"));
    }

    [Fact]
    public async Task Improvements_link_to_suggestions_and_only_published_ones_are_public()
    {
        await using var w = await FeedbackWorld.CreateAsync();
        var s1 = await w.Feedback.RecordAsync(IntakeWorld.Officer, Complaint(new FeedbackSender(true, null, null, null, null)));
        var a1 = await w.Improvements.AddAsync(IntakeWorld.Manager, "الانتظار طويل في الفرع", "أضفنا حجز المواعيد عبر الهاتف", [s1]);
        await w.Improvements.AddAsync(IntakeWorld.Manager, "مسودة", "لم تنشر", []);
        Assert.Empty(await w.Improvements.PublishedAsync());
        await w.Improvements.PublishAsync(IntakeWorld.Manager, a1, true);

        var published = Assert.Single(await w.Improvements.PublishedAsync());
        Assert.Equal(("أضفنا حجز المواعيد عبر الهاتف", 0), (published.WeDid, published.FeedbackIds.Count));
        var staff = await w.Improvements.ListAsync(IntakeWorld.Manager);
        Assert.Equal([s1], staff.Single(a => a.Id == a1).FeedbackIds);
    }
}
