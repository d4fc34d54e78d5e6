using HopeCase.Core.Data;
using HopeCase.Core.Saudi;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Dashboard;

/// <summary>
/// The two-week window computed by the database: the submitted requests counted per day bucket of delay to their
/// first decision, kept on the request row, in one grouped statement over one index (<see cref="DashboardWindowSql"/>;
/// the undecided are its one row without a day), the median from those buckets
/// (<see cref="MedianBuckets"/>, one or two delays cross the wire), and the open requests' days left counted.
/// </summary>
public sealed partial class DashboardService
{
    internal static async Task<WindowFigures> WindowAsync(HopeDb db, DashboardPeriod period, DateTimeOffset now, CancellationToken ct)
    {
        // One grouped statement over the submitted requests: the decided per day bucket of delay, the undecided as one row.
        var days = await DashboardWindowSql.DaysAsync(db, period, now, ct);
        var all = (int)days.Sum(d => d.Count);
        var inTime = (int)days.Sum(d => d.InTime);
        // Late: decided after the due date, or still undecided once it passed.
        var late = (int)days.Sum(d => d.Late) + (int)days.Where(d => d.Day is null).Sum(d => d.DueBeforeNow);
        var decided = days.Where(d => d.Day is not null).Select(d => (d.Day!.Value, d.Count)).ToList();
        double? median = null;
        if (MedianBuckets.Locate(decided) is { } middle)
        {
            var delays = await DashboardWindowSql.DelaysAsync(db, period, middle.First, middle.Last, middle.Skip, middle.Take, ct);
            // The same TimeSpan arithmetic as the decision's instant minus the submission's, to the last bit.
            median = Round(MedianBuckets.Of(delays.Select(d => new TimeSpan(d * 1000).TotalDays).ToList()));
        }
        var buckets = await DaysLeftAsync(db, now, ct);
        return new WindowFigures(all, (int)decided.Sum(d => d.Count), inTime, late,
            inTime + late == 0 ? null : Round(100.0 * inTime / (inTime + late)), median, buckets[0].Count, buckets);
    }

    /// <summary>
    /// The open requests by days left (<see cref="DaysLeftBucket"/>) as instants: overdue before now, then due before
    /// the start of the Saudi day three and seven days ahead.
    /// </summary>
    internal static async Task<List<BucketCount>> DaysLeftAsync(HopeDb db, DateTimeOffset now, CancellationToken ct)
    {
        var today = SaudiTime.LocalDate(now);
        var three = SaudiTime.StartOfDay(today.AddDays(3));
        var seven = SaudiTime.StartOfDay(today.AddDays(7));
        var c = await db.Requests.AsNoTracking().Where(r => ClockStates.Contains(r.Status) && r.DueAt != null).GroupBy(_ => 1).Select(g => new
        {
            Overdue = g.Count(r => r.DueAt < now),
            Soon = g.Count(r => r.DueAt >= now && r.DueAt < three),
            Week = g.Count(r => r.DueAt >= now && r.DueAt >= three && r.DueAt < seven),
            Later = g.Count(r => r.DueAt >= now && r.DueAt >= seven),
        }).SingleOrDefaultAsync(ct);
        int[] n = [c?.Overdue ?? 0, c?.Soon ?? 0, c?.Week ?? 0, c?.Later ?? 0];
        return DaysLeftKeys.Select((k, i) => new BucketCount(k, n[i])).ToList();
    }
}
