using HopeCase.Core.Contacts;
using HopeCase.Core.Surveys;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Dashboard;

/// <summary>
/// The beneficiaries' satisfaction in one grouped scan: sums per (channel, support type, Umm al-Qura month), from which
/// the overall figures, the trend, the channels, the types and the answers staff entered are added up here (a few
/// hundred cells, never the answers).
/// </summary>
public sealed partial class DashboardService
{
    internal sealed record Cell(ContactChannel? Channel, int? Type, int Month, int Staff, int N, int Good, int Promoters, int Detractors, long Overall,
        long Courtesy, long Clarity, long Speed, long Ease, long Recommend);

    internal sealed record CellFigures(Satisfaction Overall, int StaffRecorded, List<MonthPoint> Trend, Dictionary<ContactChannel, Satisfaction> ByChannel,
        Dictionary<int, Satisfaction> ByType);

    internal static async Task<CellFigures> CellsAsync(IQueryable<SurveyResponse> answers, DashboardPeriod period, CancellationToken ct)
    {
        var months = HijriMonths(period).ToList();
        var grouped = answers.GroupBy(r => new { r.Channel, r.SupportTypeId, Month = MonthKey.Of(r.SubmittedAt) })
            .Select(g => new Cell(g.Key.Channel, g.Key.SupportTypeId, g.Key.Month, g.Count(r => r.RecordedById != null), g.Count(), g.Count(r => r.Overall >= 4),
                g.Count(r => r.Recommend >= 9), g.Count(r => r.Recommend <= 6), g.Sum(r => (long)r.Overall), g.Sum(r => (long)r.Courtesy),
                g.Sum(r => (long)r.Clarity), g.Sum(r => (long)r.Speed), g.Sum(r => (long)r.Ease), g.Sum(r => (long)r.Recommend)));
        var cells = months.Count == 0 ? [] : await MonthKey.Apply(grouped, months.Select(m => m.To).ToList()).ToListAsync(ct);
        var trend = cells.GroupBy(c => c.Month).OrderBy(g => g.Key)
            .Select(g => new MonthPoint(months[g.Key].Month, months[g.Key].Starts, Total(g.Key, g))).ToList();
        return new CellFigures(cells.Count == 0 ? Empty : Total(1, cells), cells.Sum(c => c.Staff), trend,
            cells.Where(c => c.Channel != null).GroupBy(c => c.Channel!.Value).ToDictionary(g => g.Key, g => Total(g.Key, g)),
            cells.Where(c => c.Type != null).GroupBy(c => c.Type!.Value).ToDictionary(g => g.Key, g => Total(g.Key, g)));
    }

    private static Satisfaction Total<TKey>(TKey key, IEnumerable<Cell> cells)
    {
        var c = cells.ToList();
        return Of(new Sums<TKey>(key, c.Sum(x => x.N), c.Sum(x => x.Good), c.Sum(x => x.Promoters), c.Sum(x => x.Detractors), c.Sum(x => x.Overall),
            c.Sum(x => x.Courtesy), c.Sum(x => x.Clarity), c.Sum(x => x.Speed), c.Sum(x => x.Ease), c.Sum(x => x.Recommend)));
    }
}
