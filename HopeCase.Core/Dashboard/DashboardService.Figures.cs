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

    internal static async Task<List<BucketCount>> CommitteeAsync(HopeDb db, DashboardPeriod period, CancellationToken ct)
    {
        // One grouped count over the Saudi (Gregorian) months of the period, on the index (From, To, At).
        var months = new List<DateOnly>();
        for (var m = new DateOnly(period.From.Year, period.From.Month, 1); m <= period.To; m = m.AddMonths(1))
        {
            months.Add(m);
        }
        if (months.Count == 0)
        {
            return [];
        }
        var ends = months.Select(m => SaudiTime.StartOfDay(m.AddMonths(1))).Select(e => e < period.End ? e : period.End).ToList();
        var counts = await MonthKey.Apply(CommitteeDecisions(db, period).GroupBy(e => MonthKey.Of(e.At)).Select(g => new { g.Key, Count = g.Count() }), ends)
            .ToListAsync(ct);
        return counts.OrderBy(c => c.Key)
            .Select(c => new BucketCount(months[c.Key].ToString("yyyy-MM", CultureInfo.InvariantCulture), c.Count)).ToList();
    }

    internal static string AgeBucket(DateTimeOffset received, DateTimeOffset now, IReadOnlySet<DateOnly>? holidays = null)
    {
        var age = WorkingDays.Between(received, now, holidays);
        return age <= 2 ? "0-2" : age <= 5 ? "3-5" : age <= 10 ? "6-10" : "11+";
    }

    internal static async Task<List<BucketCount>> ComplaintsByAgeAsync(HopeDb db, DateTimeOffset now, CancellationToken ct)
    {
        var holidays = await HolidayCalendar.LoadAsync(db, ct);
        // The age is a count of working days between local dates, so it only grows as the day received goes back:
        // each bucket's edge is an instant, and the database counts the complaints between the edges.
        var three = AgeEdge(3, now, holidays);
        var six = AgeEdge(6, now, holidays);
        var eleven = AgeEdge(11, now, holidays);
        var c = await db.FeedbackItems.AsNoTracking().Where(f => f.Status == FeedbackStatus.Open && f.Kind == FeedbackKind.Complaint)
            .GroupBy(_ => 1).Select(g => new
            {
                Fresh = g.Count(f => f.ReceivedAt >= three),
                Days = g.Count(f => f.ReceivedAt < three && f.ReceivedAt >= six),
                Week = g.Count(f => f.ReceivedAt < six && f.ReceivedAt >= eleven),
                Old = g.Count(f => f.ReceivedAt < eleven),
            }).SingleOrDefaultAsync(ct);
        int[] n = [c?.Fresh ?? 0, c?.Days ?? 0, c?.Week ?? 0, c?.Old ?? 0];
        return AgeKeys.Select((k, i) => new BucketCount(k, n[i])).ToList();
    }

    /// <summary>The first instant whose age is below <paramref name="days"/> working days: received before it is that old or older.</summary>
    internal static DateTimeOffset AgeEdge(int days, DateTimeOffset now, IReadOnlySet<DateOnly>? holidays)
    {
        var day = SaudiTime.LocalDate(now);
        for (var i = 0; i < 3660 && WorkingDays.Between(SaudiTime.StartOfDay(day), now, holidays) < days; i++)
        {
            day = day.AddDays(-1);
        }
        return SaudiTime.StartOfDay(day.AddDays(1));
    }
}
