using System.Diagnostics;

namespace HopeCase.Benchmarks;

/// <summary>Times repeated runs of one operation and reports percentiles in milliseconds.</summary>
internal static class Stats
{
    public static async Task<(double P50, double P95, double Max)> TimeAsync(int runs, Func<int, Task> operation)
    {
        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var sw = Stopwatch.StartNew();
            await operation(i);
            times[i] = sw.Elapsed.TotalMilliseconds;
        }
        Array.Sort(times);
        return (Percentile(times, 0.50), Percentile(times, 0.95), times[^1]);
    }

    /// <summary>p50, p95 and max of times already taken.</summary>
    public static (double P50, double P95, double Max) Of(double[] times)
    {
        var sorted = times.Order().ToArray();
        return (Percentile(sorted, 0.50), Percentile(sorted, 0.95), sorted[^1]);
    }

    /// <summary>The value at quantile <paramref name="p"/> of an ascending array (nearest rank).</summary>
    public static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
