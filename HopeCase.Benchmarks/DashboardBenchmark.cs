using System.Globalization;
using System.Diagnostics;
using HopeCase.Core.Audit;
using HopeCase.Core.Dashboard;
using HopeCase.Core.DataExchange;
using HopeCase.Core.Saudi;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;

namespace HopeCase.Benchmarks;

/// <summary>
/// Times the managers' dashboard and its drill-downs over a year of work (by default 100,000 requests with their
/// timelines, 50,000 survey answers, 60,000 invitations, 2,000 complaints; <see cref="DashboardBenchData"/>).
/// </summary>
internal static class DashboardBenchmark
{
    private static readonly Actor Manager = new("bench-man", "مدير", new HashSet<string> { Roles.Manager });

    public static async Task RunAsync(int requests, int answers)
    {
        var end = new DateTimeOffset(2026, 11, 24, 7, 0, 0, TimeSpan.Zero);
        var start = end.AddDays(-365);
        await using var database = await DashboardBenchData.OpenAsync(requests, answers, start);
        var dbs = database.Dbs;

        var clock = new DashboardBenchData.FixedClock(end);
        var dashboard = new DashboardService(dbs, new AuditLog(dbs, clock), clock);
        var today = SaudiTime.LocalDate(end);
        (string Label, DashboardPeriod Period)[] periods =
        [
            ("whole year", new DashboardPeriod(today.AddDays(-364), today)),
            ("last quarter", new DashboardPeriod(today.AddDays(-89), today)),
            ("last month", new DashboardPeriod(today.AddDays(-29), today)),
        ];
        Console.WriteLine($"dashboard over {requests:N0} requests / {answers:N0} answers, all figures in one call (ms); load {Load()}:");
        foreach (var (label, period) in periods)
        {
            await dashboard.BuildAsync(Manager, period);
            var (p50, p95, max) = await Stats.TimeAsync(10, _ => dashboard.BuildAsync(Manager, period));
            Console.WriteLine($"  {label,-28} p50 {p50,8:F1}   p95 {p95,8:F1}   max {max,8:F1}");
        }
        Console.WriteLine($"each section alone, 3 runs (ms); load {Load()}:");
        foreach (var (label, period) in periods)
        {
            Console.WriteLine($"  {label}:");
            await DashboardSections.PrintAsync(dbs, period, end, 3);
        }
        var year = periods[0].Period;
        (string Label, DrillQuery Query)[] drills =
        [
            ("overdue list", new DrillQuery(DrillKind.Overdue)),
            ("answers by phone (year)", new DrillQuery(DrillKind.Responses, "channel:Phone")),
            ("requests by website (year)", new DrillQuery(DrillKind.Requests, "Website")),
            ("late decisions (year)", new DrillQuery(DrillKind.Decided, "late")),
            ("committee decisions (month)", new DrillQuery(DrillKind.CommitteeDecisions, end.ToString("yyyy-MM", CultureInfo.InvariantCulture))),
            ("open complaints 11+ days", new DrillQuery(DrillKind.OpenComplaints, "11+")),
        ];
        Console.WriteLine("lists behind the figures (ms):");
        foreach (var (label, query) in drills)
        {
            var rows = (await dashboard.DrillAsync(Manager, year, query)).Count;
            var (p50, p95, max) = await Stats.TimeAsync(10, _ => dashboard.DrillAsync(Manager, year, query));
            Console.WriteLine($"  {label,-28} p50 {p50,8:F1}   p95 {p95,8:F1}   max {max,8:F1}   ({rows:N0} rows)");
        }
        var sheet = new List<IReadOnlyList<object?>>();
        for (var i = 0; i < 5_000; i++)
        {
            sheet.Add([$"1448-{i:000000}", "استشارة نفسية", "قيد الدراسة", 3.5 + (i % 10)]);
        }
        var xsw = Stopwatch.StartNew();
        var bytes = Spreadsheet.Xlsx([new XlsxSheet("ملخص", sheet)], rightToLeft: true);
        Console.WriteLine($"xlsx of 5,000 rows: {xsw.Elapsed.TotalMilliseconds:F1} ms, {bytes.Length / 1024.0:F0} KB");
        Console.WriteLine($"load at the end {Load()}");
    }

    /// <summary>The machine's load averages (1, 5, 15 minutes), printed beside the figures.</summary>
    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
