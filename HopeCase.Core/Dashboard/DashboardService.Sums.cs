using System.Linq.Expressions;
using HopeCase.Core.Saudi;
using HopeCase.Core.Surveys;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Dashboard;

/// <summary>Satisfaction figures computed by the database: one grouped query per breakdown, sums and counts only.</summary>
public sealed partial class DashboardService
{
    private sealed record Sums<TKey>(TKey Key, int N, int Good, int Promoters, int Detractors, long Overall, long Courtesy, long Clarity, long Speed,
        long Ease, long Recommend);

    internal static async Task<Dictionary<TKey, Satisfaction>> GroupedAsync<TKey>(IQueryable<SurveyResponse> answers,
        Expression<Func<SurveyResponse, TKey>> key, CancellationToken ct) where TKey : notnull =>
        (await answers.GroupBy(key).Select(g => new Sums<TKey>(g.Key, g.Count(), g.Count(r => r.Overall >= 4), g.Count(r => r.Recommend >= 9),
                g.Count(r => r.Recommend <= 6), g.Sum(r => (long)r.Overall), g.Sum(r => (long)r.Courtesy), g.Sum(r => (long)r.Clarity),
                g.Sum(r => (long)r.Speed), g.Sum(r => (long)r.Ease), g.Sum(r => (long)r.Recommend)))
            .ToListAsync(ct))
        .ToDictionary(s => s.Key, Of);

    private static Satisfaction Of<TKey>(Sums<TKey> s)
    {
        if (s.N == 0)
        {
            return Empty;
        }
        double n = s.N;
        return new Satisfaction(s.N, Round(100.0 * s.Good / n), Round(100.0 * (s.Promoters - s.Detractors) / n), Round(s.Overall / n),
            Round(s.Courtesy / n), Round(s.Clarity / n), Round(s.Speed / n), Round(s.Ease / n), Round(s.Recommend / n));
    }

    private static readonly Satisfaction Empty = new(0, null, null, null, null, null, null, null, null);

    /// <summary>The Umm al-Qura months the period touches, each as its first day and the Saudi instants it covers within the period.</summary>
    internal static IEnumerable<(HijriDate Month, DateOnly Starts, DateTimeOffset From, DateTimeOffset To)> HijriMonths(DashboardPeriod period)
    {
        var h = HijriDate.FromGregorian(period.From);
        var month = new HijriDate(h.Year, h.Month, 1);
        while (true)
        {
            var starts = month.ToGregorian();
            if (starts > period.To)
            {
                yield break;
            }
            var next = month.Month == 12 ? new HijriDate(month.Year + 1, 1, 1) : new HijriDate(month.Year, month.Month + 1, 1);
            var from = SaudiTime.StartOfDay(starts > period.From ? starts : period.From);
            var to = SaudiTime.StartOfDay(next.ToGregorian());
            yield return (month, starts, from, to < period.End ? to : period.End);
            month = next;
        }
    }
}
