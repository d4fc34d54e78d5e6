using System.Globalization;
using HopeCase.Core.Data;
using HopeCase.Core.Feedback;
using HopeCase.Core.Organisation;
using HopeCase.Core.Requests;
using HopeCase.Core.Saudi;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Dashboard;

/// <summary>The dashboard's figures that each need their own query: the window, open requests, the committee, complaints.</summary>
public sealed partial class DashboardService
{
    private static async Task<WindowFigures> WindowAsync(HopeDb db, DashboardPeriod period, DateTimeOffset now, CancellationToken ct)
    {
        var rows = await SubmittedAsync(db, period, ct);
        var decided = rows.Where(r => r.DecidedAt is not null).ToList();
        var inTime = rows.Count(r => InTime(r, now) == true);
        var late = rows.Count(r => InTime(r, now) == false);
        var days = decided.Select(r => (r.DecidedAt!.Value - r.SubmittedAt).TotalDays).Order().ToList();
        double? median = days.Count == 0 ? null
            : Round(days.Count % 2 == 1 ? days[days.Count / 2] : (days[(days.Count / 2) - 1] + days[days.Count / 2]) / 2);
        var open = await OpenWithDueAsync(db, ct);
        var buckets = DaysLeftKeys
            .Select(k => new BucketCount(k, open.Count(o => DaysLeftBucket(o.DueAt, now) == k))).ToList();
        return new WindowFigures(rows.Count, decided.Count, inTime, late, inTime + late == 0 ? null : Round(100.0 * inTime / (inTime + late)), median,
            buckets[0].Count, buckets);
    }

    internal sealed record OpenRow(int Id, string? Reference, DateTimeOffset DueAt, RequestStatus Status, string BeneficiaryName, string TypeAr, string TypeEn);

    /// <summary>Open requests on the association's clock (not those waiting on the beneficiary): now, whatever the period.</summary>
    internal static async Task<List<OpenRow>> OpenWithDueAsync(HopeDb db, CancellationToken ct) =>
        await db.Requests.AsNoTracking().Where(r => ClockStates.Contains(r.Status) && r.DueAt != null)
            .Select(r => new OpenRow(r.Id, r.Reference, r.DueAt!.Value, r.Status, r.Beneficiary!.FullName, r.SupportType!.NameAr, r.SupportType.NameEn))
            .ToListAsync(ct);

    internal static string DaysLeftBucket(DateTimeOffset due, DateTimeOffset now)
    {
        if (due < now)
        {
            return "overdue";
        }
        var left = SaudiTime.LocalDate(due).DayNumber - SaudiTime.LocalDate(now).DayNumber;
        return left <= 2 ? "0-2" : left <= 6 ? "3-6" : "7+";
    }

    private static readonly RequestStatus[] CommitteeOutcomes = [RequestStatus.Accepted, RequestStatus.Rejected, RequestStatus.NeedsInfo, RequestStatus.Deferred];

    internal static IQueryable<RequestEvent> CommitteeDecisions(HopeDb db, DashboardPeriod period) =>
        db.RequestEvents.AsNoTracking().Where(e => e.From == RequestStatus.AwaitingCommittee && CommitteeOutcomes.Contains(e.To)
            && e.At >= period.Start && e.At < period.End);

    private static async Task<List<BucketCount>> CommitteeAsync(HopeDb db, DashboardPeriod period, CancellationToken ct)
    {
        var times = await CommitteeDecisions(db, period).Select(e => e.At).ToListAsync(ct);
        return times.GroupBy(MonthOf).OrderBy(g => g.Key)
            .Select(g => new BucketCount(g.Key.ToString("yyyy-MM", CultureInfo.InvariantCulture), g.Count())).ToList();
    }

    internal static string AgeBucket(DateTimeOffset received, DateTimeOffset now, IReadOnlySet<DateOnly>? holidays = null)
    {
        var age = WorkingDays.Between(received, now, holidays);
        return age <= 2 ? "0-2" : age <= 5 ? "3-5" : age <= 10 ? "6-10" : "11+";
    }

    private static async Task<List<BucketCount>> ComplaintsByAgeAsync(HopeDb db, DateTimeOffset now, CancellationToken ct)
    {
        var open = await db.FeedbackItems.AsNoTracking().Where(f => f.Status == FeedbackStatus.Open && f.Kind == FeedbackKind.Complaint)
            .Select(f => f.ReceivedAt).ToListAsync(ct);
        var holidays = await HolidayCalendar.LoadAsync(db, ct);
        return AgeKeys.Select(k => new BucketCount(k, open.Count(r => AgeBucket(r, now, holidays) == k))).ToList();
    }
}
