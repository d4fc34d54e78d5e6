using HopeCase.Core.Contacts;
using HopeCase.Core.Feedback;
using HopeCase.Core.Organisation;

namespace HopeCase.Web.Demo;

/// <summary>Part of the feedback seed: an open complaint, an answered suggestion, and the published improvement it led to.</summary>
internal static class FeedbackDemo
{
    public static async Task SeedAsync(DemoRun run, CancellationToken ct)
    {
        if (await run.FeedbackSeedAsync(ct) is not { } seed)
        {
            return;
        }
        await using var db = await run.Dbs.CreateDbContextAsync(ct);
        var now = run.Now;
        var complaint = new FeedbackItem(FeedbackKind.Complaint, FeedbackCategory.Waiting, ContactChannel.BranchRepresentative, "انتظرت أكثر من ساعة في الفرع دون أن يخبرني أحد بموعدي",
            new FeedbackSender(false, "سالم الحازمي", "0551230000", null, null), now.AddDays(-9), WorkingDays.Add(now.AddDays(-9), 5), seed.Officer.UserName);
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
        await db.SaveChangesAsync(ct);
    }
}
