using HopeCase.Core.Data;
using HopeCase.Core.Saudi;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Dashboard;

/// <summary>
/// The two-week window computed by the database: the open requests' days left are counted by the database; the
/// submitted requests' counts and median still come from their rows (SubmittedAsync).
/// </summary>
public sealed partial class DashboardService
{
    private sealed record Decision(DateTimeOffset SubmittedAt, DateTimeOffset? DueAt, DateTimeOffset? DecidedAt);

    internal static async Task<WindowFigures> WindowAsync(HopeDb db, DashboardPeriod period, DateTimeOffset now, CancellationToken ct)
    {
        // The correlated MIN per request (Decisions) measured slower on SQLite than one pass over the decision events:
        // the counts and the median are still made here from SubmittedAsync's rows.
        var rows = (await SubmittedAsync(db, period, ct)).Select(r => new Decision(r.SubmittedAt, r.DueAt, r.DecidedAt)).ToList();
        var all = rows.Count;
        var inTime = rows.Count(d => d.DecidedAt is { } x && (d.DueAt is null || x <= d.DueAt));
        var late = rows.Count(d => d.DecidedAt is { } x ? d.DueAt is { } due && x > due : d.DueAt is { } due2 && due2 < now);
        var decided = rows.Where(d => d.DecidedAt is not null).ToList();
        var days = decided.Select(d => (d.DecidedAt!.Value - d.SubmittedAt).TotalDays).Order().ToList();
        double? median = days.Count == 0 ? null
            : Round(days.Count % 2 == 1 ? days[days.Count / 2] : (days[(days.Count / 2) - 1] + days[days.Count / 2]) / 2);
        var buckets = await DaysLeftAsync(db, now, ct);
        return new WindowFigures(all, days.Count, inTime, late,
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
