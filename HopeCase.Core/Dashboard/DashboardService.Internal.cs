using System.Globalization;
using HopeCase.Core.Data;
using HopeCase.Core.Surveys;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Dashboard;

/// <summary>Per-staff figures, and the internal beneficiaries' panel (P-3.8) on the same grouped queries.</summary>
public sealed partial class DashboardService
{
    internal static async Task<List<StaffSatisfaction>> ByStaffAsync(IQueryable<SurveyResponse> answers, CancellationToken ct)
    {
        // One grouped scan: each provider's sums, name and the answers staff entered for them.
        var rows = await answers.Where(r => r.ProviderId != null).GroupBy(r => r.ProviderId!).Select(g => new
        {
            Sums = new Sums<string>(g.Key, g.Count(), g.Count(r => r.Overall >= 4), g.Count(r => r.Recommend >= 9), g.Count(r => r.Recommend <= 6),
                g.Sum(r => (long)r.Overall), g.Sum(r => (long)r.Courtesy), g.Sum(r => (long)r.Clarity), g.Sum(r => (long)r.Speed),
                g.Sum(r => (long)r.Ease), g.Sum(r => (long)r.Recommend)),
            Name = g.Max(r => r.ProviderName),
            Staff = g.Count(r => r.RecordedById != null),
        }).ToListAsync(ct);
        return rows.Select(g =>
        {
            var f = Of(g.Sums);
            var hidden = f.Responses < MinimumStaffResponses;
            return new StaffSatisfaction(g.Sums.Key, g.Name ?? "", f.Responses, hidden, hidden ? null : f.CsatPercent, hidden ? null : f.AvgOverall, g.Staff);
        }).OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
    }

    internal static async Task<InternalFigures> InternalAsync(HopeDb db, DashboardPeriod period, bool perStaff, CancellationToken ct)
    {
        var answers = db.SurveyResponses.AsNoTracking().Where(r => r.Audience == SurveyAudience.Internal && r.SubmittedAt >= period.Start && r.SubmittedAt < period.End);
        var overall = (await GroupedAsync(answers, r => 1, ct)).GetValueOrDefault(1) ?? Empty;
        var services = await db.InternalServices.AsNoTracking().CountAsync(s => s.CreatedAt >= period.Start && s.CreatedAt < period.End, ct);
        var invitations = await db.SurveyInvitations.AsNoTracking().Where(i => i.Audience == SurveyAudience.Internal && i.CreatedAt >= period.Start && i.CreatedAt < period.End)
            .GroupBy(_ => 1).Select(g => new { All = g.Count(), Used = g.Count(i => i.UsedAt != null) }).SingleOrDefaultAsync(ct);
        var (invited, used) = (invitations?.All ?? 0, invitations?.Used ?? 0);
        var departments = await db.InternalDepartments.AsNoTracking().OrderBy(d => d.Id).Select(d => new { d.Id, d.NameAr, d.NameEn }).ToListAsync(ct);
        var figures = await GroupedAsync(answers.Where(r => r.DepartmentId != null), r => r.DepartmentId!.Value, ct);
        var byDepartment = departments.Where(d => figures.ContainsKey(d.Id))
            .Select(d => new GroupSatisfaction(d.Id.ToString(CultureInfo.InvariantCulture), d.NameAr, d.NameEn, figures[d.Id])).ToList();
        return new InternalFigures(services, invited, used, invited == 0 ? null : Round(100.0 * used / invited), overall, byDepartment,
            perStaff ? await ByStaffAsync(answers, ct) : null);
    }
}
