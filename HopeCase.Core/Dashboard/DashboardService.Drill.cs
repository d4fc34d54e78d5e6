using System.Globalization;
using HopeCase.Core.Contacts;
using HopeCase.Core.Data;
using HopeCase.Core.Feedback;
using HopeCase.Core.Saudi;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using HopeCase.Core.Surveys;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Dashboard;

public sealed partial class DashboardService
{
    /// <summary>The list behind a figure. Anonymous answers appear without reference or link: nothing leads back to the person.</summary>
    public async Task<IReadOnlyList<DrillRow>> DrillAsync(Actor actor, DashboardPeriod period, DrillQuery query, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "open the list behind a dashboard figure", ViewerRoles);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(query);
        var now = clock.GetUtcNow();
        var (kind, arg) = Split(query.Filter);
        await using var db = await dbs.CreateDbContextAsync(ct);
        List<DrillRow> rows;
        switch (query.Kind)
        {
            case DrillKind.Responses:
                if (kind == "provider" && !actor.IsIn(Roles.Manager))
                {
                    throw new ForbiddenException("read one staff member's answers");
                }
                var answers = await AnswersAsync(db, Narrow(period, kind == "month" ? arg : null), ct, FilterAnswers(kind, arg));
                if (kind == "provider" && answers.Count < MinimumStaffResponses)
                {
                    answers = [];
                }
                var refs = await RefsAsync(db, answers.Where(a => !a.Anonymous && a.RequestId is not null).Select(a => a.RequestId!.Value), ct);
                rows = answers.OrderByDescending(a => a.At).Select(a => a.Anonymous || a.RequestId is null
                    ? new DrillRow("", Scores(a), a.Comment, a.At, null) with { Reference = a.Anonymous ? "anonymous" : "" }
                    : new DrillRow(refs.GetValueOrDefault(a.RequestId.Value) ?? "", Scores(a), a.Comment, a.At, $"/requests/{a.RequestId}")).ToList();
                break;
            case DrillKind.Requests:
                var channel = Enum.TryParse<ContactChannel>(arg, out var c) ? c : (ContactChannel?)null;
                rows = await db.Requests.AsNoTracking()
                    .Where(r => r.CreatedAt >= period.Start && r.CreatedAt < period.End && (channel == null || r.Channel == channel))
                    .OrderByDescending(r => r.Id).Take(1000)
                    .Select(r => new DrillRow(r.Reference ?? "#" + r.Id, r.SupportType!.NameAr + "|" + r.SupportType.NameEn, r.Status.ToString(), r.CreatedAt, "/requests/" + r.Id))
                    .ToListAsync(ct);
                break;
            case DrillKind.Overdue:
            case DrillKind.OpenByDaysLeft:
                var bucket = query.Kind == DrillKind.Overdue ? "overdue" : arg;
                rows = (await OpenWithDueAsync(db, ct)).Where(o => DaysLeftBucket(o.DueAt, now) == bucket).OrderBy(o => o.DueAt)
                    .Select(o => new DrillRow(o.Reference ?? "#" + o.Id, o.TypeAr + "|" + o.TypeEn, o.Status.ToString(), o.DueAt, $"/requests/{o.Id}")).ToList();
                break;
            case DrillKind.Decided:
                rows = (await SubmittedAsync(db, period, ct)).Where(r => arg switch
                    {
                        "submitted" => true,
                        "decided" => r.DecidedAt is not null,
                        _ => InTime(r, now) is { } inTime && inTime == (arg != "late"),
                    })
                    .OrderBy(r => r.SubmittedAt)
                    .Select(r => new DrillRow(r.Reference ?? "#" + r.Id, r.Status.ToString(), null, r.DecidedAt ?? r.DueAt, $"/requests/{r.Id}")).ToList();
                break;
            case DrillKind.CommitteeDecisions:
                var events = await (from e in CommitteeDecisions(db, Narrow(period, arg))
                                    join r in db.Requests on e.SupportRequestId equals r.Id
                                    select new { e.At, e.To, e.UserName, r.Id, r.Reference }).ToListAsync(ct);
                rows = events.Where(e => arg is null || MonthOf(e.At).ToString("yyyy-MM", CultureInfo.InvariantCulture) == arg).OrderBy(e => e.At)
                    .Select(e => new DrillRow(e.Reference ?? "#" + e.Id, e.To.ToString(), e.UserName, e.At, $"/requests/{e.Id}")).ToList();
                break;
            case DrillKind.OpenComplaints:
                var open = await db.FeedbackItems.AsNoTracking().Where(f => f.Status == FeedbackStatus.Open && f.Kind == FeedbackKind.Complaint)
                    .Select(f => new { f.Id, f.ReceivedAt, f.Category, f.AssigneeName }).ToListAsync(ct);
                var holidays = await Organisation.HolidayCalendar.LoadAsync(db, ct);
                rows = open.Where(f => arg is null || AgeBucket(f.ReceivedAt, now, holidays) == arg).OrderBy(f => f.ReceivedAt)
                    .Select(f => new DrillRow($"FB-{f.Id:000000}", f.Category.ToString(), f.AssigneeName, f.ReceivedAt, $"/feedback/{f.Id}")).ToList();
                break;
            default:
                rows = [];
                break;
        }
        await audit.RecordAsync(actor, "DashboardDrill", "Dashboard", null, Audit.AuditText.Term($"{query.Kind}:{query.Filter}"), ct);
        return rows;
    }

    /// <summary>The filter of a drill on answers, applied in the database.</summary>
    private static Func<IQueryable<SurveyResponse>, IQueryable<SurveyResponse>> FilterAnswers(string? kind, string? arg)
    {
        var channel = Enum.TryParse<ContactChannel>(arg, out var c) ? c : (ContactChannel?)null;
        var type = int.TryParse(arg, NumberStyles.Integer, CultureInfo.InvariantCulture, out var t) ? t : (int?)null;
        return kind switch
        {
            "csat" => q => q.Where(a => a.Overall >= 4),
            "promoters" => q => q.Where(a => a.Recommend >= 9),
            "detractors" => q => q.Where(a => a.Recommend <= 6),
            "channel" => q => q.Where(a => a.Channel == channel),
            "type" => q => q.Where(a => a.SupportTypeId == type),
            "provider" => q => q.Where(a => a.ProviderId == arg),
            _ => q => q,
        };
    }

    /// <summary>A month inside the period narrows it to that month: "1448-06" an Umm al-Qura month, "2026-11" a Gregorian one.</summary>
    private static DashboardPeriod Narrow(DashboardPeriod period, string? month)
    {
        if (month is null || !DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            return period;
        }
        DateOnly last;
        if (first.Year < 1900 && HijriDate.TryCreate(first.Year, first.Month, 1, out var h))
        {
            var next = h.Month == 12 ? new HijriDate(h.Year + 1, 1, 1) : new HijriDate(h.Year, h.Month + 1, 1);
            (first, last) = (h.ToGregorian(), next.ToGregorian().AddDays(-1));
        }
        else
        {
            last = first.AddMonths(1).AddDays(-1);
        }
        var from = first > period.From ? first : period.From;
        var to = last < period.To ? last : period.To;
        return to < from ? new DashboardPeriod(from, from.AddDays(-1)) : new DashboardPeriod(from, to);
    }

    private static (string? Kind, string? Arg) Split(string? filter)
    {
        if (string.IsNullOrEmpty(filter))
        {
            return (null, null);
        }
        var i = filter.IndexOf(':', StringComparison.Ordinal);
        return i < 0 ? (filter, filter) : (filter[..i], filter[(i + 1)..]);
    }

    private static string Scores(Answer a) =>
        string.Create(CultureInfo.InvariantCulture, $"{a.Overall}·{a.Courtesy}·{a.Clarity}·{a.Speed}·{a.Ease} | {a.Recommend} | {a.Mode}");

    private static async Task<Dictionary<int, string?>> RefsAsync(HopeDb db, IEnumerable<int> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        return await db.Requests.AsNoTracking().Where(r => list.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Reference, ct);
    }
}
