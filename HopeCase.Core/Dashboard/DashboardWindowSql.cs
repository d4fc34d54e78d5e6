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
    /// The requests submitted in the period with their first decision (accepted or rejected) since the period began,
    /// and its delay in 100 µs units; arguments {0} start, {1} end, {2} accepted, {3} rejected.
    /// </summary>
    private static readonly string Decided =
        $$"""
        SELECT r."DueAt" AS due, d.a AS a, {{Utc("d.a")}} - {{Utc("r.\"SubmittedAt\"")}} AS delay
        FROM "Requests" r
        LEFT JOIN (SELECT "SupportRequestId" AS id, MIN("At") AS a FROM "RequestEvents"
                   WHERE "To" IN ({2}, {3}) AND "At" >= {0} GROUP BY "SupportRequestId") d ON d.id = r."Id"
        WHERE r."SubmittedAt" >= {0} AND r."SubmittedAt" < {1}
        """;

    private static object[] Args(DashboardPeriod period, params object[] more) =>
        [Stored(period.Start), Stored(period.End), (int)RequestStatus.Accepted, (int)RequestStatus.Rejected, .. more];

    /// <summary>Per day bucket of delay (null: not decided): how many, how many decided in time, how many late ({4}: now).</summary>
    public static Task<List<DayRow>> DaysAsync(HopeDb db, DashboardPeriod period, DateTimeOffset now, CancellationToken ct) =>
        db.Database.SqlQuery<DayRow>(FormattableStringFactory.Create(
            $$"""
            SELECT w.delay / {{UnitsPerDay}} AS "Day", COUNT(*) AS "Count",
                   SUM(CASE WHEN w.a IS NOT NULL AND (w.due IS NULL OR w.a <= w.due) THEN 1 ELSE 0 END) AS "InTime",
                   SUM(CASE WHEN (w.a IS NOT NULL AND w.due IS NOT NULL AND w.a > w.due) OR (w.a IS NULL AND w.due IS NOT NULL AND w.due < {4}) THEN 1 ELSE 0 END) AS "Late"
            FROM ({{Decided}}) w
            GROUP BY w.delay / {{UnitsPerDay}}
            """, Args(period, Stored(now)))).ToListAsync(ct);

    /// <summary>The delays of the decided requests in day buckets <paramref name="first"/>..<paramref name="last"/>, in order, from the <paramref name="skip"/>-th on.</summary>
    public static Task<List<long>> DelaysAsync(HopeDb db, DashboardPeriod period, long first, long last, int skip, int take, CancellationToken ct) =>
        db.Database.SqlQuery<long>(FormattableStringFactory.Create(
            $$"""
            SELECT w.delay AS "Value" FROM ({{Decided}}) w
            WHERE w.a IS NOT NULL AND w.delay / {{UnitsPerDay}} >= {4} AND w.delay / {{UnitsPerDay}} <= {5}
            ORDER BY w.delay LIMIT {6} OFFSET {7}
            """, Args(period, first, last, take, skip))).ToListAsync(ct);

    internal sealed class DayRow
    {
        public long? Day { get; set; }
        public long Count { get; set; }
        public long InTime { get; set; }
        public long Late { get; set; }
    }
}
