using System.Globalization;
using HopeCase.Core.Audit;
using HopeCase.Core.Contacts;
using HopeCase.Core.Data;
using HopeCase.Core.Requests;
using HopeCase.Core.Saudi;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using HopeCase.Core.Surveys;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Dashboard;

/// <summary>
/// The managers' dashboard: satisfaction, channels, the two-week window, the committee's throughput, open complaints.
/// The figures are grouped queries computed by the database (the trend by Umm al-Qura month); the lists behind them
/// (<see cref="DrillAsync"/>) read the rows under the same rules.
/// </summary>
public sealed partial class DashboardService(IDbContextFactory<HopeDb> dbs, AuditLog audit, TimeProvider clock)
{
    public static readonly string[] ViewerRoles = [Roles.Manager, Roles.Admin];

    /// <summary>Per-staff satisfaction is shown for a group only from this many answers on (P-3.7, not for punishment).</summary>
    public const int MinimumStaffResponses = 5;

    public static readonly IReadOnlyList<string> DaysLeftKeys = ["overdue", "0-2", "3-6", "7+"];
    public static readonly IReadOnlyList<string> AgeKeys = ["0-2", "3-5", "6-10", "11+"];

    internal static readonly RequestStatus[] ClockStates = [RequestStatus.Submitted, RequestStatus.UnderStudy, RequestStatus.AwaitingCommittee, RequestStatus.Deferred];

    internal sealed record Answer(int Id, int Overall, int Courtesy, int Clarity, int Speed, int Ease, int Recommend, DateTimeOffset At,
        ContactChannel? Channel, int? SupportTypeId, string? ProviderId, string? ProviderName, bool Anonymous, int? RequestId, SurveyMode Mode, string? Comment);

    public async Task<DashboardData> BuildAsync(Actor actor, DashboardPeriod period, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "open the managers' dashboard", ViewerRoles);
        ArgumentNullException.ThrowIfNull(period);
        var now = clock.GetUtcNow();
        await using var db = await dbs.CreateDbContextAsync(ct);
        // Every figure is a grouped query: counts and sums cross the wire, never the answers themselves.
        // Beneficiaries' answers only: the internal departments' (P-3.8) are their own panel, never mixed in.
        var inPeriod = db.SurveyResponses.AsNoTracking().Where(r => r.Audience == SurveyAudience.Beneficiary && r.SubmittedAt >= period.Start && r.SubmittedAt < period.End);
        var cells = await CellsAsync(inPeriod, period, ct);
        var overall = cells.Overall;
        var types = await db.SupportTypes.AsNoTracking().Select(t => new { t.Id, t.NameAr, t.NameEn }).ToListAsync(ct);

        var invitations = await db.SurveyInvitations.AsNoTracking().Where(i => i.Audience == SurveyAudience.Beneficiary && i.CreatedAt >= period.Start && i.CreatedAt < period.End)
            .GroupBy(_ => 1).Select(g => new { All = g.Count(), Used = g.Count(i => i.UsedAt != null) }).SingleOrDefaultAsync(ct);
        var invited = invitations?.All ?? 0;
        var used = invitations?.Used ?? 0;

        // Answers staff entered (phone, paper) are counted apart: they answer no invitation.
        var staffRecorded = cells.StaffRecorded;
        var trend = cells.Trend;
        var byChannel = Enum.GetValues<ContactChannel>()
            .Select(c => new GroupSatisfaction(c.ToString(), "", "", cells.ByChannel.GetValueOrDefault(c) ?? Empty)).ToList();
        var byType = types.Select(t => new GroupSatisfaction(t.Id.ToString(CultureInfo.InvariantCulture), t.NameAr, t.NameEn,
            cells.ByType.GetValueOrDefault(t.Id) ?? Empty)).ToList();
        var byProvider = actor.IsIn(Roles.Manager) ? await ByStaffAsync(inPeriod, ct) : null;

        var requestsByChannel = await db.Requests.AsNoTracking().Where(r => r.CreatedAt >= period.Start && r.CreatedAt < period.End)
            .GroupBy(r => r.Channel).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var channels = Enum.GetValues<ContactChannel>()
            .Select(c => new ChannelCount(c, requestsByChannel.FirstOrDefault(x => x.Key == c)?.Count ?? 0)).ToList();

        var window = await WindowAsync(db, period, now, ct);
        var committee = await CommitteeAsync(db, period, ct);
        var complaints = await ComplaintsByAgeAsync(db, now, ct);

        var internalFigures = await InternalAsync(db, period, actor.IsIn(Roles.Manager), ct);

        await audit.RecordAsync(actor, "DashboardViewed", "Dashboard", null, $"{period}", ct);
        return new DashboardData(period, overall, invited, used, invited == 0 ? null : Round(100.0 * used / invited), trend,
            byChannel, byType, byProvider, channels, window, committee, complaints, overall.Responses - staffRecorded, staffRecorded, internalFigures);
    }

    internal static async Task<List<Answer>> AnswersAsync(HopeDb db, DashboardPeriod period, CancellationToken ct,
        Func<IQueryable<SurveyResponse>, IQueryable<SurveyResponse>>? filter = null) =>
        await (filter ?? (q => q))(db.SurveyResponses.AsNoTracking().Where(r => r.Audience == SurveyAudience.Beneficiary && r.SubmittedAt >= period.Start && r.SubmittedAt < period.End))
            .Select(r => new Answer(r.Id, r.Overall, r.Courtesy, r.Clarity, r.Speed, r.Ease, r.Recommend, r.SubmittedAt, r.Channel, r.SupportTypeId,
                r.ProviderId, r.ProviderName, r.Anonymous, r.SupportRequestId, r.Mode, r.Comment))
            .ToListAsync(ct);

    internal static Satisfaction Figures(IReadOnlyList<Answer> a)
    {
        if (a.Count == 0)
        {
            return new Satisfaction(0, null, null, null, null, null, null, null, null);
        }
        double n = a.Count;
        var csat = 100.0 * a.Count(x => x.Overall >= 4) / n;
        var nps = 100.0 * (a.Count(x => x.Recommend >= 9) - a.Count(x => x.Recommend <= 6)) / n;
        return new Satisfaction(a.Count, Round(csat), Round(nps), Round(a.Average(x => x.Overall)), Round(a.Average(x => x.Courtesy)),
            Round(a.Average(x => x.Clarity)), Round(a.Average(x => x.Speed)), Round(a.Average(x => x.Ease)), Round(a.Average(x => x.Recommend)));
    }

    internal static double Round(double v) => Math.Round(v, 1, MidpointRounding.AwayFromZero);

    internal static DateOnly MonthOf(DateTimeOffset at)
    {
        var d = SaudiTime.LocalDate(at);
        return new DateOnly(d.Year, d.Month, 1);
    }

    internal sealed record WindowRow(int Id, string? Reference, DateTimeOffset SubmittedAt, DateTimeOffset? DueAt, RequestStatus Status, DateTimeOffset? DecidedAt);

    internal static async Task<List<WindowRow>> SubmittedAsync(HopeDb db, DashboardPeriod period, CancellationToken ct) =>
        // Each request's first decision is kept on its row (SupportRequest.FirstDecidedAt): no pass over the timeline.
        await db.Requests.AsNoTracking().Where(r => r.SubmittedAt >= period.Start && r.SubmittedAt < period.End)
            .Select(r => new WindowRow(r.Id, r.Reference, r.SubmittedAt!.Value, r.DueAt, r.Status, r.FirstDecidedAt)).ToListAsync(ct);

    /// <summary>In time: decided (accepted or rejected) by the due date. Late: decided after it, or still undecided once it passed.</summary>
    internal static bool? InTime(WindowRow r, DateTimeOffset now) =>
        r.DecidedAt is { } d ? d <= (r.DueAt ?? d) : r.DueAt is { } due && due < now ? false : null;
}
