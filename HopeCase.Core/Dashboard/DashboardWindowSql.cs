using System.Runtime.CompilerServices;
using HopeCase.Core.Data;
using HopeCase.Core.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace HopeCase.Core.Dashboard;

/// <summary>
/// The two-week window's grouped statements, written once for SQLite and PostgreSQL alike (quoted names, integer
/// arithmetic, LIMIT/OFFSET). They are SQL rather than LINQ because a decision's delay is the difference of two
/// instants, and the instants are stored through <see cref="DateTimeOffsetToBinaryConverter"/>, which LINQ cannot
/// subtract: the stored long is (local ticks / 1000) &lt;&lt; 11 with the offset in minutes in the low 11 bits, so the UTC
/// instant in units of 100 µs is <c>v / 2048 - 600000 * offset</c> (<see cref="Utc"/>).
/// </summary>
internal static class DashboardWindowSql
{
    /// <summary>100 µs units in a day: a delay divided by this (truncated) is its day bucket.</summary>
    public const long UnitsPerDay = TimeSpan.TicksPerDay / 1000;

    private static readonly DateTimeOffsetToBinaryConverter Converter = new();

    public static long Stored(DateTimeOffset at) => (long)Converter.ConvertToProvider(at)!;

    /// <summary>The UTC instant of a stored column in 100 µs units (the offset sign-extended from its 11 bits).</summary>
    private static string Utc(string column) => $"({column} / 2048 - 600000 * ((({column} % 2048) + 1024) % 2048 - 1024))";

    /// <summary>
    /// The requests submitted in the period, each with its due date, its first decision (accepted or rejected, kept on
    /// the row as <see cref="SupportRequest.FirstDecidedAt"/>, null while undecided) and that decision's delay in 100 µs
    /// units; arguments {0} start, {1} end. One range of the index (SubmittedAt, DueAt, FirstDecidedAt), no join.
    /// </summary>
    private static readonly string Submitted =
        $$"""
        SELECT r."DueAt" AS due, r."FirstDecidedAt" AS a, {{Utc("r.\"FirstDecidedAt\"")}} - {{Utc("r.\"SubmittedAt\"")}} AS delay
        FROM "Requests" r
        WHERE r."SubmittedAt" >= {0} AND r."SubmittedAt" < {1}
        """;

    private static object[] Args(DashboardPeriod period, params object[] more) => [Stored(period.Start), Stored(period.End), .. more];

    /// <summary>
    /// Per day bucket of delay, the submitted requests: how many, how many decided in time, how many decided late, how
    /// many due before now ({2}); the undecided are the one row whose day is null.
    /// </summary>
    public static Task<List<DayRow>> DaysAsync(HopeDb db, DashboardPeriod period, DateTimeOffset now, CancellationToken ct) =>
        db.Database.SqlQuery<DayRow>(FormattableStringFactory.Create(
            $$"""
            SELECT w.delay / {{UnitsPerDay}} AS "Day", COUNT(*) AS "Count",
                   SUM(CASE WHEN w.a IS NOT NULL AND (w.due IS NULL OR w.a <= w.due) THEN 1 ELSE 0 END) AS "InTime",
                   SUM(CASE WHEN w.a IS NOT NULL AND w.due IS NOT NULL AND w.a > w.due THEN 1 ELSE 0 END) AS "Late",
                   SUM(CASE WHEN w.due IS NOT NULL AND w.due < {2} THEN 1 ELSE 0 END) AS "DueBeforeNow"
            FROM ({{Submitted}}) w
            GROUP BY w.delay / {{UnitsPerDay}}
            """, Args(period, Stored(now)))).ToListAsync(ct);

    /// <summary>The delays of the decided requests in day buckets <paramref name="first"/>..<paramref name="last"/>, in order, from the <paramref name="skip"/>-th on.</summary>
    public static Task<List<long>> DelaysAsync(HopeDb db, DashboardPeriod period, long first, long last, int skip, int take, CancellationToken ct) =>
        db.Database.SqlQuery<long>(FormattableStringFactory.Create(
            $$"""
            SELECT w.delay AS "Value" FROM ({{Submitted}}) w
            WHERE w.a IS NOT NULL AND w.delay / {{UnitsPerDay}} >= {2} AND w.delay / {{UnitsPerDay}} <= {3}
            ORDER BY w.delay LIMIT {4} OFFSET {5}
            """, Args(period, first, last, take, skip))).ToListAsync(ct);

    internal sealed class DayRow
    {
        /// <summary>The delay's whole days; null for the undecided.</summary>
        public long? Day { get; set; }
        public long Count { get; set; }
        public long InTime { get; set; }
        public long Late { get; set; }
        public long DueBeforeNow { get; set; }
    }
}
