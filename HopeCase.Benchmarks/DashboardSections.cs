using HopeCase.Core.Dashboard;
using HopeCase.Core.Data;
using HopeCase.Core.Surveys;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Benchmarks;

/// <summary>
/// Each section of the dashboard timed on its own (the same internal queries <see cref="DashboardService.BuildAsync"/>
/// runs), so the figure that dominates the whole call is visible.
/// </summary>
internal static class DashboardSections
{
    public static async Task PrintAsync(IDbContextFactory<HopeDb> dbs, DashboardPeriod period, DateTimeOffset now, int runs)
    {
        (string Label, Func<HopeDb, Task> Run)[] sections =
        [
            ("satisfaction, trend, channels", db => DashboardService.CellsAsync(Answers(db, period), period, default)),
            ("by staff", db => DashboardService.ByStaffAsync(Answers(db, period), default)),
            ("window (submitted, median)", db => DashboardService.WindowAsync(db, period, now, default)),
            ("open by days left", db => DashboardService.DaysLeftAsync(db, now, default)),
            ("committee by month", db => DashboardService.CommitteeAsync(db, period, default)),
            ("complaints by age", db => DashboardService.ComplaintsByAgeAsync(db, now, default)),
            ("internal panel", db => DashboardService.InternalAsync(db, period, true, default)),
        ];
        foreach (var (label, run) in sections)
        {
            var (p50, p95, _) = await Stats.TimeAsync(runs, async _ =>
            {
                await using var db = await dbs.CreateDbContextAsync();
                await run(db);
            });
            Console.WriteLine($"    {label,-28} p50 {p50,8:F1}   p95 {p95,8:F1}");
        }
    }

    private static IQueryable<SurveyResponse> Answers(HopeDb db, DashboardPeriod period) =>
        db.SurveyResponses.AsNoTracking().Where(r => r.Audience == SurveyAudience.Beneficiary && r.SubmittedAt >= period.Start && r.SubmittedAt < period.End);
}
