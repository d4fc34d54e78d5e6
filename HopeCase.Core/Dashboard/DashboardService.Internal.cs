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
        var names = (await answers.Where(r => r.ProviderId != null)
            .GroupBy(r => r.ProviderId!).Select(g => new { g.Key, Name = g.Max(r => r.ProviderName), Staff = g.Count(r => r.RecordedById != null) }).ToListAsync(ct))
            .ToDictionary(x => x.Key, x => (x.Name, x.Staff), StringComparer.Ordinal);
        return (await GroupedAsync(answers.Where(r => r.ProviderId != null), r => r.ProviderId!, ct)).Select(g =>
        {
            var hidden = g.Value.Responses < MinimumStaffResponses;
            var f = g.Value;
            var (name, staff) = names.GetValueOrDefault(g.Key);
            return new StaffSatisfaction(g.Key, name ?? "", f.Responses, hidden, hidden ? null : f.CsatPercent, hidden ? null : f.AvgOverall, staff);
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
