using HopeCase.Core.Contacts;
using HopeCase.Core.Dashboard;
using HopeCase.Core.Saudi;
using HopeCase.Core.Security;
using HopeCase.Core.Surveys;
using HopeCase.Tests.Core.Surveys;
using HopeCase.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Tests.Core.Dashboard;

/// <summary>The dashboard against a small seeded set whose figures were worked out by hand (in the comments).</summary>
public sealed class DashboardTests
{
    private static readonly DashboardPeriod Period = DashboardScenario.Period;

    [Fact]
    public async Task The_figures_equal_those_worked_out_by_hand()
    {
        var s = await DashboardScenario.SeedAsync();
        await using var w = s.W;
        var d = await w.Dashboard.BuildAsync(IntakeWorld.Manager, Period);

        // Overall 5,2,4,5,3,4,1,5,4,5: 7 of 10 are 4–5; promoters 5 (≥9), detractors 3 (≤6).
        Assert.Equal(new Satisfaction(10, 70.0, 20.0, 3.8, 4.0, 3.7, 3.6, 4.0, 7.3), d.Overall);
        Assert.Equal((4, 3, 75.0), (d.Invitations, d.InvitationsAnswered, d.ResponseRatePercent));
        // The trend is by Umm al-Qura month: 25 November and 5 December 2026 both fall in Jumada al-Akhirah 1448.
        var month = HijriDate.FromGregorian(new DateOnly(2026, 11, 25)) with { Day = 1 };
        Assert.Equal((1448, 6), (month.Year, month.Month));
        Assert.Equal(month, HijriDate.FromGregorian(new DateOnly(2026, 12, 5)) with { Day = 1 });
        Assert.Equal([(month, month.ToGregorian(), 10, 70.0, 20.0)],
            d.Trend.Select(t => (t.Month, t.Starts, t.Figures.Responses, t.Figures.CsatPercent!.Value, t.Figures.Nps!.Value)));
        Assert.Equal("1448-06", d.Trend[0].Key);

        var phone = d.ByChannel.Single(c => c.Key == "Phone").Figures;
        Assert.Equal((5, 100.0, 4.8, 100.0), (phone.Responses, phone.CsatPercent!.Value, phone.AvgOverall!.Value, phone.Nps!.Value));
        var web = d.ByChannel.Single(c => c.Key == "Website").Figures;
        Assert.Equal((3, 33.3, -66.7), (web.Responses, web.CsatPercent!.Value, web.Nps!.Value));
        var interview = d.ByChannel.Single(c => c.Key == "Interview").Figures;
        Assert.Equal((2, 50.0, -50.0), (interview.Responses, interview.CsatPercent!.Value, interview.Nps!.Value));
        Assert.Equal(8, d.ByChannel.Count);
        Assert.Equal(0, d.ByChannel.Single(c => c.Key == "Letter").Figures.Responses);

        // Per staff: P1 has 5 answers (5,4,5,3,4 → 80 %, 4.2); P2 has only 4 and is hidden.
        Assert.NotNull(d.ByProvider);
        var p1 = d.ByProvider!.Single(p => p.ProviderId == "P1");
        Assert.Equal((5, false, 80.0, 4.2), (p1.Responses, p1.Hidden, p1.CsatPercent!.Value, p1.AvgOverall!.Value));
        var p2 = d.ByProvider!.Single(p => p.ProviderId == "P2");
        Assert.Equal((4, true, (double?)null, (double?)null), (p2.Responses, p2.Hidden, p2.CsatPercent, p2.AvgOverall));

        // Six requests created in the period, all by interview.
        Assert.Equal(6, d.RequestsByChannel.Single(c => c.Channel == ContactChannel.Interview).Count);
        Assert.Equal(6, d.RequestsByChannel.Sum(c => c.Count));

        // Window: A (3 days) and B (10) in time; C (16) late; D undecided and overdue; E and F still within.
        var win = d.Window;
        Assert.Equal((6, 3, 2, 2, 50.0, 10.0, 1), (win.Submitted, win.Decided, win.DecidedInTime, win.Late, win.InTimePercent!.Value, win.MedianDaysToDecision!.Value, win.Overdue));
        Assert.Equal([("overdue", 1), ("0-2", 1), ("3-6", 0), ("7+", 1)], win.OpenByDaysLeft.Select(b => (b.Key, b.Count)));

        Assert.Equal([("2026-11", 1), ("2026-12", 2)], d.CommitteeDecisionsByMonth.Select(b => (b.Key, b.Count)));
        Assert.Equal([("0-2", 1), ("3-5", 1), ("6-10", 0), ("11+", 1)], d.OpenComplaintsByAge.Select(b => (b.Key, b.Count)));
    }

    [Fact]
    public void The_umm_al_qura_months_of_a_period_are_contiguous_and_cover_it_exactly()
    {
        var year = new DashboardPeriod(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
        var months = DashboardService.HijriMonths(year).ToList();
        Assert.Equal(year.Start, months[0].From);
        Assert.Equal(year.End, months[^1].To);
        Assert.All(months.Zip(months.Skip(1)), p => Assert.Equal(p.First.To, p.Second.From));
        Assert.All(months, m => Assert.Equal(1, m.Month.Day));
        Assert.All(months.Skip(1), m => Assert.Equal(SaudiTime.StartOfDay(m.Month.ToGregorian()), m.From));
        Assert.InRange(months.Count, 13, 14);
    }

    [Fact]
    public async Task Every_figure_opens_the_list_behind_it()
    {
        var s = await DashboardScenario.SeedAsync();
        await using var w = s.W;
        var m = IntakeWorld.Manager;
        var overdue = await w.Dashboard.DrillAsync(m, Period, new DrillQuery(DrillKind.Overdue));
        Assert.Equal($"/requests/{s.Requests['D']}", Assert.Single(overdue).Href);
        Assert.Equal(5, (await w.Dashboard.DrillAsync(m, Period, new DrillQuery(DrillKind.Responses, "channel:Phone"))).Count);
        Assert.Equal(7, (await w.Dashboard.DrillAsync(m, Period, new DrillQuery(DrillKind.Responses, "csat"))).Count);
        Assert.Equal(8, (await w.Dashboard.DrillAsync(m, Period, new DrillQuery(DrillKind.Responses, "month:2026-12"))).Count);
        Assert.Equal(10, (await w.Dashboard.DrillAsync(m, Period, new DrillQuery(DrillKind.Responses, "month:1448-06"))).Count);
        Assert.Empty(await w.Dashboard.DrillAsync(m, Period, new DrillQuery(DrillKind.Responses, "month:1448-07")));
        Assert.Equal(5, (await w.Dashboard.DrillAsync(m, Period, new DrillQuery(DrillKind.Responses, "provider:P1"))).Count);
        Assert.Empty(await w.Dashboard.DrillAsync(m, Period, new DrillQuery(DrillKind.Responses, "provider:P2")));
        Assert.Equal(6, (await w.Dashboard.DrillAsync(m, Period, new DrillQuery(DrillKind.Requests, "Interview"))).Count);
        var late = await w.Dashboard.DrillAsync(m, Period, new DrillQuery(DrillKind.Decided, "late"));
        Assert.Equal([$"/requests/{s.Requests['C']}", $"/requests/{s.Requests['D']}"], late.Select(r => r.Href).Order());
        Assert.Single(await w.Dashboard.DrillAsync(m, Period, new DrillQuery(DrillKind.OpenByDaysLeft, "7+")));
        Assert.Equal(6, (await w.Dashboard.DrillAsync(m, Period, new DrillQuery(DrillKind.Decided, "submitted"))).Count);
        Assert.Equal(3, (await w.Dashboard.DrillAsync(m, Period, new DrillQuery(DrillKind.Decided, "decided"))).Count);
        Assert.Equal(2, (await w.Dashboard.DrillAsync(m, Period, new DrillQuery(DrillKind.Decided, "intime"))).Count);
        Assert.Equal(2, (await w.Dashboard.DrillAsync(m, Period, new DrillQuery(DrillKind.CommitteeDecisions, "2026-12"))).Count);
        Assert.Single(await w.Dashboard.DrillAsync(m, Period, new DrillQuery(DrillKind.OpenComplaints, "11+")));
    }

    [Fact]
    public async Task Per_staff_figures_are_for_managers_only_and_other_roles_cannot_open_the_dashboard()
    {
        var s = await DashboardScenario.SeedAsync();
        await using var w = s.W;
        var asAdmin = await w.Dashboard.BuildAsync(IntakeWorld.Admin, Period);
        Assert.Null(asAdmin.ByProvider);
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Dashboard.DrillAsync(IntakeWorld.Admin, Period, new DrillQuery(DrillKind.Responses, "provider:P1")));
        foreach (var actor in new[] { IntakeWorld.Officer, IntakeWorld.Researcher, IntakeWorld.Provider, FeedbackWorld.Committee })
        {
            await Assert.ThrowsAsync<ForbiddenException>(() => w.Dashboard.BuildAsync(actor, Period));
            await Assert.ThrowsAsync<ForbiddenException>(() => w.Dashboard.DrillAsync(actor, Period, new DrillQuery(DrillKind.Overdue)));
        }
    }

    [Fact]
    public async Task Anonymous_answers_never_lead_back_to_the_beneficiary()
    {
        await using var w = await FeedbackWorld.CreateAsync();
        var (b, r, token) = await SurveyTests.InvitedAsync(w, 1);
        var (_, r2, token2) = await SurveyTests.InvitedAsync(w, 2);
        await w.Surveys.SubmitOnlineAsync(token, new SurveyAnswer(new SurveyScores(1, 1, 2, 1, 1, 0), "تجربة سيئة", Anonymous: true));
        await w.Surveys.SubmitOnlineAsync(token2, new SurveyAnswer(new SurveyScores(5, 5, 5, 5, 5, 10), null, Anonymous: false));
        string reference, name;
        await using (var db = await w.Dbs.CreateDbContextAsync())
        {
            reference = (await db.Requests.SingleAsync(x => x.Id == r)).Reference!;
            name = (await db.Beneficiaries.SingleAsync(x => x.Id == b)).FullName;
            var stored = await db.SurveyResponses.AsNoTracking().SingleAsync(x => x.Anonymous);
            Assert.Equal(((int?)null, (int?)null), (stored.BeneficiaryId, stored.SupportRequestId));
            Assert.Equal(TimeSpan.Zero, HopeCase.Core.Saudi.SaudiTime.ToLocal(stored.SubmittedAt).TimeOfDay);
        }
        var period = new DashboardPeriod(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30));
        var everything = new List<DrillRow>();
        foreach (var kind in Enum.GetValues<DrillKind>().Where(k => k != DrillKind.Requests && k != DrillKind.Decided && k != DrillKind.CommitteeDecisions))
        {
            everything.AddRange(await w.Dashboard.DrillAsync(IntakeWorld.Manager, period, new DrillQuery(kind)));
        }
        foreach (var filter in new[] { "detractors", "channel:Interview", "month:2026-11", "csat" })
        {
            everything.AddRange(await w.Dashboard.DrillAsync(IntakeWorld.Manager, period, new DrillQuery(DrillKind.Responses, filter)));
        }
        var anonymous = everything.Where(x => x.Detail == "تجربة سيئة").ToList();
        Assert.NotEmpty(anonymous);
        Assert.All(anonymous, x => Assert.Equal(("anonymous", (string?)null), (x.Reference, x.Href)));
        Assert.DoesNotContain(everything, x => x.Reference == reference || x.Href == $"/requests/{r}" || (x.Title + x.Detail).Contains(name, StringComparison.Ordinal));
        Assert.Contains(everything, x => x.Href == $"/requests/{r2}");

        var followUp = Assert.Single(await w.FollowUps.ListAsync(IntakeWorld.Manager, open: true));
        Assert.Equal((true, (int?)null, (string?)null, (string?)null), (followUp.Anonymous, followUp.BeneficiaryId, followUp.BeneficiaryName, followUp.Mobile));
    }
}
