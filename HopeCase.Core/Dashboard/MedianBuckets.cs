namespace HopeCase.Core.Dashboard;

/// <summary>
/// A median found from counts per bucket: the database counts the values in each bucket (a few hundred day buckets,
/// not the rows), the walk here finds the bucket that holds the middle rank, and the database then returns only the one
/// or two middle values. Buckets must be ordered intervals of the values (a value's bucket never falls below a smaller
/// value's), which truncated division of the delay by a day is.
/// </summary>
internal static class MedianBuckets
{
    /// <summary>
    /// The buckets First..Last that hold the middle value(s) of all the counted values, and where they start within
    /// those buckets' ordered values (Skip) and how many to take (1 for an odd count, 2 for an even one); null when
    /// nothing was counted.
    /// </summary>
    public static (long First, long Last, int Skip, int Take)? Locate(IEnumerable<(long Bucket, long Count)> buckets)
    {
        var sorted = buckets.Where(b => b.Count > 0).OrderBy(b => b.Bucket).ToList();
        var n = sorted.Sum(b => b.Count);
        if (n == 0)
        {
            return null;
        }
        var lower = (n - 1) / 2;
        var take = n % 2 == 1 ? 1 : 2;
        long before = 0;
        for (var i = 0; ; i++)
        {
            if (before + sorted[i].Count > lower)
            {
                var skip = lower - before;
                // The second middle value is the next bucket's first when the lower one is its bucket's last.
                var last = skip + take > sorted[i].Count ? sorted[i + 1].Bucket : sorted[i].Bucket;
                return (sorted[i].Bucket, last, (int)skip, take);
            }
            before += sorted[i].Count;
        }
    }

    /// <summary>The median of the middle value(s) Locate pointed at: the one, or the mean of the two.</summary>
    public static double Of(IReadOnlyList<double> middle) => middle.Count == 1 ? middle[0] : (middle[0] + middle[1]) / 2;
}
