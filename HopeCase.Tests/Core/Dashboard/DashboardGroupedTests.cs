using System.Globalization;
using HopeCase.Core.Dashboard;
using HopeCase.Core.Feedback;
using HopeCase.Core.Organisation;
using HopeCase.Core.Requests;
using HopeCase.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Tests.Core.Dashboard;

/// <summary>
/// The window panel, complaint ages and committee months come from grouped queries; here they are checked against the
/// plainest computation over every row read into memory, at several "now"s so that each bucket edge is crossed.
/// </summary>
public sealed class DashboardGroupedTests
{
    private static readonly RequestStatus[] Outcomes = [RequestStatus.Accepted, RequestStatus.Rejected, RequestStatus.NeedsInfo, RequestStatus.Deferred];

    [Fact]
    public async Task Grouped_window_ages_and_committee_equal_an_in_memory_count_of_every_row()
    {
        var s = await DashboardScenario.SeedAsync();
        await using var w = s.W;
        var period = DashboardScenario.Period;
        var checkedBuckets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var step in new[] { 0, 1, 2, 3, 4, 6, 9, 15 })
        {
            w.Clock.Advance(TimeSpan.FromDays(step));
            var now = w.Clock.GetUtcNow();
            var d = await w.Dashboard.BuildAsync(IntakeWorld.Manager, period);
            await using var db = await w.Dbs.CreateDbContextAsync();
            var requests = (await db.Requests.AsNoTracking().ToListAsync()).Where(r => r.SubmittedAt >= period.Start && r.SubmittedAt < period.End).ToList();
            var events = await db.RequestEvents.AsNoTracking().ToListAsync();
            DateTimeOffset? First(int id) => events.Where(e => e.SupportRequestId == id && e.To is RequestStatus.Accepted or RequestStatus.Rejected && e.At >= period.Start)
                .Select(e => (DateTimeOffset?)e.At).Min();
            var rows = requests.Select(r => (r.SubmittedAt!.Value, r.DueAt, Decided: First(r.Id))).ToList();
            var inTime = rows.Count(r => r.Decided is { } x && (r.DueAt is null || x <= r.DueAt));
            var late = rows.Count(r => r.Decided is { } x ? r.DueAt is { } due && x > due : r.DueAt is { } due2 && due2 < now);
            var days = rows.Where(r => r.Decided is not null).Select(r => (r.Decided!.Value - r.Item1).TotalDays).Order().ToList();
            double? median = days.Count == 0 ? null : Math.Round(days.Count % 2 == 1 ? days[days.Count / 2] : (days[(days.Count / 2) - 1] + days[days.Count / 2]) / 2, 1, MidpointRounding.AwayFromZero);
            Assert.Equal((rows.Count, days.Count, inTime, late, median), (d.Window.Submitted, d.Window.Decided, d.Window.DecidedInTime, d.Window.Late, d.Window.MedianDaysToDecision));

            var open = (await db.Requests.AsNoTracking().ToListAsync()).Where(r => DashboardService.ClockStates.Contains(r.Status) && r.DueAt != null).ToList();
            var byDaysLeft = DashboardService.DaysLeftKeys.Select(k => (k, open.Count(o => DashboardService.DaysLeftBucket(o.DueAt!.Value, now) == k))).ToList();
            Assert.Equal(byDaysLeft, d.Window.OpenByDaysLeft.Select(b => (b.Key, b.Count)));
            Assert.Equal(byDaysLeft[0].Item2, d.Window.Overdue);

            var holidays = await HolidayCalendar.LoadAsync(db);
            var complaints = (await db.FeedbackItems.AsNoTracking().ToListAsync()).Where(f => f.Status == FeedbackStatus.Open && f.Kind == FeedbackKind.Complaint).ToList();
            var ages = DashboardService.AgeKeys.Select(k => (k, complaints.Count(c => DashboardService.AgeBucket(c.ReceivedAt, now, holidays) == k))).ToList();
            Assert.Equal(ages, d.OpenComplaintsByAge.Select(b => (b.Key, b.Count)));

            var committee = events.Where(e => e.From == RequestStatus.AwaitingCommittee && Outcomes.Contains(e.To) && e.At >= period.Start && e.At < period.End)
                .GroupBy(e => DashboardService.MonthOf(e.At)).OrderBy(g => g.Key)
                .Select(g => (g.Key.ToString("yyyy-MM", CultureInfo.InvariantCulture), g.Count())).ToList();
            Assert.Equal(committee, d.CommitteeDecisionsByMonth.Select(b => (b.Key, b.Count)));
            checkedBuckets.UnionWith(byDaysLeft.Where(b => b.Item2 > 0).Select(b => "due " + b.k));
            checkedBuckets.UnionWith(ages.Where(b => b.Item2 > 0).Select(b => "age " + b.k));
        }
        // The walk through time put rows in every days-left bucket and every age bucket at least once.
        Assert.Equal(DashboardService.DaysLeftKeys.Count + DashboardService.AgeKeys.Count, checkedBuckets.Count);
    }
}
