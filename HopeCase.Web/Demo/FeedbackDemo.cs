using HopeCase.Core.Contacts;
using HopeCase.Core.Data;
using HopeCase.Core.Feedback;
using HopeCase.Core.Messaging;
using HopeCase.Core.Organisation;
using HopeCase.Core.Requests;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using HopeCase.Core.Surveys;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Web.Demo;

/// <summary>Demo data for the dashboard, surveys, complaints and messages (Development only, once).</summary>
internal static class FeedbackDemo
{
    public static async Task SeedAsync(IDbContextFactory<HopeDb> dbs, UserManager<StaffUser> users, TimeProvider clock, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        if (await db.SurveyResponses.AnyAsync(ct))
        {
            return;
        }
        var now = clock.GetUtcNow();
        var provider = await users.FindByEmailAsync("provider@hope.demo");
        var officerUser = await users.FindByEmailAsync("relations@hope.demo");
        var officer = new Actor(officerUser?.Id, officerUser?.DisplayName, new HashSet<string> { Roles.RelationsOfficer });
        var researcher = new Actor("demo-research", "عبدالله مدخلي", new HashSet<string> { Roles.ResearchOfficer });
        var committee = new Actor("demo-committee", "سارة حكمي", new HashSet<string> { Roles.CommitteeMember });
        var people = await db.Beneficiaries.OrderBy(b => b.Id).Take(6).ToListAsync(ct);
        var types = await db.SupportTypes.Select(t => t.Id).ToListAsync(ct);
        if (people.Count < 4 || types.Count == 0)
        {
            return;
        }
        // Four requests: one decided in time, one overdue, one due soon, one fresh.
        (int Person, int DaysAgo, bool Decide, ContactChannel Channel)[] requests =
        [(0, 30, true, ContactChannel.Interview), (1, 19, false, ContactChannel.Phone), (2, 12, false, ContactChannel.Website), (3, 2, false, ContactChannel.SocialMedia)];
        var n = 0;
        foreach (var (person, daysAgo, decide, channel) in requests)
        {
            var at = now.AddDays(-daysAgo);
            var r = new SupportRequest(people[person].Id, types[n % types.Count], "طلب تجريبي للعرض", channel, false, at, officer);
            r.Move(RequestTrigger.Submit, officer, at, new DecisionWindow(TimeSpan.FromDays(14), TimeSpan.FromDays(1)));
            r.SetReference($"1448-9{++n:00000}");
            r.Move(RequestTrigger.Assign, researcher, at.AddDays(1));
            if (decide)
            {
                r.Move(RequestTrigger.Recommend, researcher, at.AddDays(5));
                r.Move(RequestTrigger.Accept, committee, at.AddDays(9));
            }
            db.Requests.Add(r);
        }
        var random = new Random(3);
        var channels = Enum.GetValues<ContactChannel>();
        for (var i = 0; i < 40; i++)
        {
            int S() => Math.Clamp(5 - (random.Next(9) / 3), 1, 5);
            var context = new SurveyContext(null, null, SurveyTrigger.ServiceClosed, channels[random.Next(channels.Length)], types[i % types.Count],
                i % 5 == 4 ? "demo-other-provider" : provider?.Id, i % 5 == 4 ? "أ. ليلى عريشي" : provider?.DisplayName);
            db.SurveyResponses.Add(new SurveyResponse(i % 6 == 0 ? SurveyMode.Phone : SurveyMode.Online, new SurveyScores(S(), S(), S(), S(), S(), random.Next(3, 11)),
                i % 9 == 0 ? "شكرًا على حسن التعامل" : null, i % 3 == 0, now.AddDays(-random.Next(1, 120)), context, null, null));
        }
        var low = new SurveyResponse(SurveyMode.Online, new SurveyScores(2, 1, 3, 2, 2, 3), "تأخر الرد علي كثيرًا ولم يتصل بي أحد", false, now.AddDays(-2),
            new SurveyContext(people[1].Id, null, SurveyTrigger.DecisionLetter, ContactChannel.Phone, types[0], null, null), null, null);
        db.SurveyResponses.Add(low);
        await db.SaveChangesAsync(ct);
        db.FollowUpTasks.Add(new FollowUpTask(low.Id, FollowUpReason.LowScoreAndComment, now.AddDays(-2)));

        var complaint = new FeedbackItem(FeedbackKind.Complaint, FeedbackCategory.Waiting, ContactChannel.BranchRepresentative, "انتظرت أكثر من ساعة في الفرع دون أن يخبرني أحد بموعدي",
            new FeedbackSender(false, "سالم الحازمي", "0551230000", null, null), now.AddDays(-9), WorkingDays.Add(now.AddDays(-9), 5), officer.UserName);
        var suggestion = new FeedbackItem(FeedbackKind.Suggestion, FeedbackCategory.Communication, ContactChannel.Website, "أقترح إرسال رسالة تذكير قبل الموعد بيوم",
            new FeedbackSender(true, null, null, null, null), now.AddDays(-20), WorkingDays.Add(now.AddDays(-20), 5), null);
        suggestion.RecordAnswer("شكرًا لاقتراحكم، وقد بدأنا إرسال التذكير", now.AddDays(-15), "خالد الشهري");
        db.FeedbackItems.AddRange(complaint, suggestion);
        await db.SaveChangesAsync(ct);
        var action = new ImprovementAction("الرسائل لا تصل قبل المواعيد", "أصبحنا نرسل رسالة تذكير قبل كل موعد بيوم", now.AddDays(-14), "خالد الشهري");
        action.Publish(true, now.AddDays(-14));
        db.ImprovementActions.Add(action);
        await db.SaveChangesAsync(ct);
        db.ImprovementLinks.Add(new ImprovementLink { ImprovementActionId = action.Id, FeedbackItemId = suggestion.Id });

        var first = people[0];
        db.Outbox.Add(new OutboxMessage("demo:receipt:sms", first.Id, MessageChannel.Sms, MessageKind.RequestReceipt, first.Mobile ?? "+966550000000",
            "جمعية أمل: استلمنا طلبكم رقم 1448-900001، وسنرد عليكم قبل موعده.", "ar", now.AddDays(-30)));
        db.Outbox.Add(new OutboxMessage("demo:survey:sms", first.Id, MessageChannel.Sms, MessageKind.SurveyInvitation, first.Mobile ?? "+966550000000",
            "جمعية أمل: رأيكم يهمنا. نرجو تقييم خدمتنا عبر الرابط.", "ar", now.AddDays(-20)));
        await db.SaveChangesAsync(ct);
    }
}
