using System.Globalization;
using HopeCase.Core.Contacts;
using HopeCase.Core.Dashboard;
using HopeCase.Core.Saudi;
using HopeCase.Core.Surveys;
using HopeCase.Tests.Support;

namespace HopeCase.Tests.Core.Dashboard;

/// <summary>
/// The computations the database's grouped counts feed: the median found from counts per day bucket, and the
/// Umm al-Qura month each answer is summed in (the CASE that <see cref="MonthKey"/> puts in the GROUP BY).
/// </summary>
public sealed class DashboardBucketTests
{
    [Fact]
    public void The_median_found_from_day_buckets_equals_the_median_of_the_sorted_values()
    {
        var random = new Random(12);
        for (var trial = 0; trial < 2_000; trial++)
        {
            // Delays in 100 µs units, some negative, many on or next to a day's edge, duplicates, one to 300 of them.
            var day = DashboardWindowSql.UnitsPerDay;
            var values = Enumerable.Range(0, random.Next(1, 300)).Select(_ => random.Next(4) switch
            {
                0 => random.Next(-3, 40) * day,
                1 => (random.Next(-3, 40) * day) - 1,
                2 => random.NextInt64(-2 * day, 40 * day),
                _ => random.Next(0, 5) * day / 2,
            }).ToList();
            var sorted = values.Order().ToList();
            var n = sorted.Count;
            double expected = n % 2 == 1 ? sorted[n / 2] : (sorted[(n / 2) - 1] + (double)sorted[n / 2]) / 2;

            // What the database does: count per truncated day, then return the slice Locate names, in order.
            var buckets = values.GroupBy(v => v / day).Select(g => (g.Key, (long)g.Count())).ToList();
            var (first, last, skip, take) = MedianBuckets.Locate(buckets)!.Value;
            var slice = sorted.Where(v => v / day >= first && v / day <= last).Skip(skip).Take(take).Select(v => (double)v).ToList();
            Assert.Equal(take, slice.Count);
            Assert.Equal(expected, MedianBuckets.Of(slice));
        }
        Assert.Null(MedianBuckets.Locate([]));
        Assert.Null(MedianBuckets.Locate([(3, 0)]));
    }

    [Fact]
    public async Task Each_answer_is_summed_in_its_Umm_al_Qura_month_also_a_second_either_side_of_a_months_first_Saudi_midnight()
    {
        await using var w = await FeedbackWorld.CreateAsync();
        var period = new DashboardPeriod(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
        var type = (await w.Intake.Intake.CatalogueAsync())[0].Id;
        var instants = new List<DateTimeOffset>();
        foreach (var (_, starts, _, _) in DashboardService.HijriMonths(period))
        {
            var edge = SaudiTime.StartOfDay(starts);
            instants.AddRange([edge.AddSeconds(-1), edge, edge.AddDays(9).AddHours(13)]);
        }
        instants = instants.Where(a => a >= period.Start && a < period.End).ToList();
        var channels = Enum.GetValues<ContactChannel>();
        await using (var db = await w.Dbs.CreateDbContextAsync())
        {
            for (var i = 0; i < instants.Count; i++)
            {
                var s = (i % 5) + 1;
                var context = new SurveyContext(null, null, SurveyTrigger.ServiceClosed, channels[i % channels.Length], type, null, null);
                db.SurveyResponses.Add(new SurveyResponse(SurveyMode.Online, new SurveyScores(s, s, s, s, s, (i * 3) % 11), null, false, instants[i], context, null, null));
            }
            await db.SaveChangesAsync();
        }

        var d = await w.Dashboard.BuildAsync(IntakeWorld.Manager, period);

        var expected = instants.Select((at, i) => (Month: HijriDate.FromGregorian(SaudiTime.LocalDate(at)), Overall: (i % 5) + 1))
            .GroupBy(x => string.Create(CultureInfo.InvariantCulture, $"{x.Month.Year:0000}-{x.Month.Month:00}")).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count(), Math.Round(g.Average(x => x.Overall), 1, MidpointRounding.AwayFromZero))).ToList();
        Assert.Equal(DashboardService.HijriMonths(period).Count(), expected.Count);
        Assert.Equal(expected, d.Trend.Select(t => (t.Key, t.Figures.Responses, t.Figures.AvgOverall!.Value)));
        Assert.Equal(instants.Count, d.Overall.Responses);
        Assert.Equal(channels.Select(c => instants.Where((_, i) => channels[i % channels.Length] == c).Count()), d.ByChannel.Select(c => c.Figures.Responses));
    }
}
