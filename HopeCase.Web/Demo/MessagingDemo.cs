using HopeCase.Core.Messaging;

namespace HopeCase.Web.Demo;

/// <summary>Part of the feedback seed: two messages to the first beneficiary in the outbox, a request receipt and a survey invitation.</summary>
internal static class MessagingDemo
{
    public static async Task SeedAsync(DemoRun run, CancellationToken ct)
    {
        if (await run.FeedbackSeedAsync(ct) is not { } seed)
        {
            return;
        }
        await using var db = await run.Dbs.CreateDbContextAsync(ct);
        var (now, first) = (run.Now, seed.People[0]);
        db.Outbox.Add(new OutboxMessage("demo:receipt:sms", first.Id, MessageChannel.Sms, MessageKind.RequestReceipt, first.Mobile ?? "+966550000000",
            "جمعية أمل: استلمنا طلبكم رقم 1448-900001، وسنرد عليكم قبل موعده.", "ar", now.AddDays(-30)));
        db.Outbox.Add(new OutboxMessage("demo:survey:sms", first.Id, MessageChannel.Sms, MessageKind.SurveyInvitation, first.Mobile ?? "+966550000000",
            "جمعية أمل: رأيكم يهمنا. نرجو تقييم خدمتنا عبر الرابط.", "ar", now.AddDays(-20)));
        await db.SaveChangesAsync(ct);
    }
}
