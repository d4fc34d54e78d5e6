using HopeCase.Core.Contacts;
using HopeCase.Core.Surveys;

namespace HopeCase.Web.Demo;

/// <summary>Part of the feedback seed: forty satisfaction answers over four months, and one low answer with a comment, waiting for follow-up.</summary>
internal static class SurveysDemo
{
    public static async Task SeedAsync(DemoRun run, CancellationToken ct)
    {
        if (await run.FeedbackSeedAsync(ct) is not { } seed)
        {
            return;
        }
        await using var db = await run.Dbs.CreateDbContextAsync(ct);
        var (now, people, types) = (run.Now, seed.People, seed.SupportTypes);
        var provider = await run.Users.FindByEmailAsync("provider@hope.demo");
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
        await db.SaveChangesAsync(ct);
    }
}
