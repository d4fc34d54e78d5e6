using HopeCase.Core.Contacts;
using HopeCase.Core.Dashboard;
using HopeCase.Core.Feedback;
using HopeCase.Core.Requests;
using HopeCase.Core.Surveys;
using HopeCase.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Tests.Core.Dashboard;

/// <summary>The requests, answers and complaints whose dashboard figures the tests work out by hand.</summary>
internal static class DashboardScenario
{
    public static readonly DashboardPeriod Period = new(new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 31));

    public sealed record Seeded(FeedbackWorld W, Dictionary<char, int> Requests);

    public static async Task<Seeded> SeedAsync()
    {
        var w = await FeedbackWorld.CreateAsync();
        var t0 = w.Clock.GetUtcNow(); // Tue 24 Nov 2026, 10:00 in Riyadh
        var req = new Dictionary<char, int>();
        var n = 0;
        // A, B, C, D submitted at t0 (due t0 + 14 days).
        foreach (var key in "ABCD")
        {
            req[key] = await w.SubmittedRequestAsync(await w.Intake.NewBeneficiaryAsync(++n));
        }
        await w.MoveAsync(req['D'], (RequestTrigger.Assign, IntakeWorld.Manager));
        // Four invitations in the period, three of them used: response rate 75.0 %.
        await using (var db = await w.Dbs.CreateDbContextAsync())
        {
            foreach (var key in "ABCD")
            {
                var r = await db.Requests.AsNoTracking().SingleAsync(x => x.Id == req[key]);
                var inv = new SurveyInvitation(SurveyService.Hash("tok" + key), r.Id, SurveyTrigger.DecisionLetter, r.BeneficiaryId, null, null, null, r.Channel, r.SupportTypeId, t0, t0.AddDays(14));
                if (key != 'D')
                {
                    inv.MarkUsed(t0.AddDays(1));
                }
                db.SurveyInvitations.Add(inv);
            }
            await db.SaveChangesAsync();
        }
        var complaintOld = await w.Feedback.RecordAsync(IntakeWorld.Officer, Complaint("قديمة"));               // age 18 working days → "11+"
        var answered = await w.Feedback.RecordAsync(IntakeWorld.Officer, Complaint("أُجيب عنها"));
        await w.Feedback.AnswerAsync(IntakeWorld.Manager, answered, "تمت المعالجة");
        await w.Feedback.RecordAsync(IntakeWorld.Officer, Complaint("مقترح") with { Kind = FeedbackKind.Suggestion });
        Assert.True(complaintOld > 0);

        w.Clock.Advance(TimeSpan.FromDays(3));            // Fri 27 Nov: A accepted after 3 days, in time
        await w.DecideAsync(req['A']);
        w.Clock.Advance(TimeSpan.FromDays(7));            // Fri 4 Dec: B rejected after 10 days, in time
        await w.DecideAsync(req['B'], RequestTrigger.Reject);
        w.Clock.Advance(TimeSpan.FromDays(3));            // Mon 7 Dec: F submitted, due 21 Dec 10:00
        req['F'] = await w.SubmittedRequestAsync(await w.Intake.NewBeneficiaryAsync(++n));
        w.Clock.Advance(TimeSpan.FromDays(3));            // Thu 10 Dec: C accepted after 16 days, late
        await w.DecideAsync(req['C']);
        w.Clock.Advance(TimeSpan.FromDays(4));            // Mon 14 Dec: E submitted (due 28 Dec); a complaint aged 4 working days by now
        req['E'] = await w.SubmittedRequestAsync(await w.Intake.NewBeneficiaryAsync(++n));
        await w.Feedback.RecordAsync(IntakeWorld.Officer, Complaint("متوسطة"));
        w.Clock.Advance(TimeSpan.FromDays(5));            // Sat 19 Dec: a complaint aged 1 working day by now
        await w.Feedback.RecordAsync(IntakeWorld.Officer, Complaint("حديثة"));
        w.Clock.Advance(TimeSpan.FromDays(1));            // now: Sun 20 Dec 2026, 10:00

        // Ten answers: (overall, courtesy, clarity, speed, ease, recommend, channel, type, provider).
        var types = (await w.Intake.Intake.CatalogueAsync()).Select(t => t.Id).ToArray();
        var nov = new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
        var dec = new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.Zero);
        (int[] S, ContactChannel C, int T, string? P, DateTimeOffset At)[] answers =
        [
            ([5, 5, 5, 5, 5, 10], ContactChannel.Phone, types[0], "P1", nov),
            ([2, 3, 2, 2, 3, 4], ContactChannel.Website, types[0], null, nov),
            ([4, 4, 4, 3, 4, 9], ContactChannel.Phone, types[0], "P1", dec),
            ([5, 4, 5, 4, 5, 10], ContactChannel.Phone, types[1], "P1", dec),
            ([3, 3, 3, 3, 3, 7], ContactChannel.Interview, types[1], "P1", dec),
            ([4, 5, 4, 4, 4, 8], ContactChannel.Website, types[0], "P1", dec),
            ([1, 2, 1, 1, 2, 0], ContactChannel.Website, types[0], "P2", dec),
            ([5, 5, 5, 5, 5, 9], ContactChannel.Phone, types[1], "P2", dec),
            ([4, 4, 4, 4, 4, 6], ContactChannel.Interview, types[0], "P2", dec),
            ([5, 5, 4, 5, 5, 10], ContactChannel.Phone, types[0], "P2", dec),
        ];
        await using (var db = await w.Dbs.CreateDbContextAsync())
        {
            foreach (var a in answers)
            {
                var context = new SurveyContext(null, null, SurveyTrigger.ServiceClosed, a.C, a.T, a.P, a.P is null ? null : "مقدم " + a.P);
                db.SurveyResponses.Add(new SurveyResponse(SurveyMode.Online, new SurveyScores(a.S[0], a.S[1], a.S[2], a.S[3], a.S[4], a.S[5]), null, false, a.At, context, null, null));
            }
            // Outside the period: must not count.
            db.SurveyResponses.Add(new SurveyResponse(SurveyMode.Paper, new SurveyScores(1, 1, 1, 1, 1, 0), null, false, new DateTimeOffset(2026, 10, 20, 9, 0, 0, TimeSpan.Zero),
                new SurveyContext(null, null, null, ContactChannel.Phone, types[0], "P1", "مقدم P1"), null, null));
            await db.SaveChangesAsync();
        }
        return new Seeded(w, req);
    }

    public static FeedbackInput Complaint(string text) =>
        new(FeedbackKind.Complaint, FeedbackCategory.Service, ContactChannel.Phone, text, new FeedbackSender(false, "مرسل", "0551112233", null, null));
}
