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
    /// The decided requests submitted in the period: their first decision (accepted or rejected) since the period
    /// began, and its delay in 100 µs units; arguments {0} start, {1} end, {2} accepted, {3} rejected. The decisions
    /// drive the join (CROSS JOIN keeps that order on SQLite, each request found by its key; PostgreSQL plans it as an
    /// inner join); the undecided are counted apart (<see cref="DashboardService.WindowAsync"/>).
    /// </summary>
    private static readonly string Decided =
        $$"""
        SELECT r."DueAt" AS due, d.a AS a, {{Utc("d.a")}} - {{Utc("r.\"SubmittedAt\"")}} AS delay
        FROM (SELECT "SupportRequestId" AS id, MIN("At") AS a FROM "RequestEvents"
              WHERE "To" IN ({2}, {3}) AND "At" >= {0} GROUP BY "SupportRequestId") d
        CROSS JOIN "Requests" r
        WHERE r."Id" = d.id AND r."SubmittedAt" >= {0} AND r."SubmittedAt" < {1}
        """;

    private static object[] Args(DashboardPeriod period, params object[] more) =>
        [Stored(period.Start), Stored(period.End), (int)RequestStatus.Accepted, (int)RequestStatus.Rejected, .. more];

    /// <summary>Per day bucket of delay, the decided requests: how many, how many in time, how many late, how many due before now ({4}).</summary>
    public static Task<List<DayRow>> DaysAsync(HopeDb db, DashboardPeriod period, DateTimeOffset now, CancellationToken ct) =>
        db.Database.SqlQuery<DayRow>(FormattableStringFactory.Create(
            $$"""
            SELECT w.delay / {{UnitsPerDay}} AS "Day", COUNT(*) AS "Count",
                   SUM(CASE WHEN w.due IS NULL OR w.a <= w.due THEN 1 ELSE 0 END) AS "InTime",
                   SUM(CASE WHEN w.due IS NOT NULL AND w.a > w.due THEN 1 ELSE 0 END) AS "Late",
                   SUM(CASE WHEN w.due IS NOT NULL AND w.due < {4} THEN 1 ELSE 0 END) AS "DueBeforeNow"
            FROM ({{Decided}}) w
            GROUP BY w.delay / {{UnitsPerDay}}
            """, Args(period, Stored(now)))).ToListAsync(ct);

    /// <summary>The delays of the decided requests in day buckets <paramref name="first"/>..<paramref name="last"/>, in order, from the <paramref name="skip"/>-th on.</summary>
    public static Task<List<long>> DelaysAsync(HopeDb db, DashboardPeriod period, long first, long last, int skip, int take, CancellationToken ct) =>
        db.Database.SqlQuery<long>(FormattableStringFactory.Create(
            $$"""
            SELECT w.delay AS "Value" FROM ({{Decided}}) w
            WHERE w.delay / {{UnitsPerDay}} >= {4} AND w.delay / {{UnitsPerDay}} <= {5}
            ORDER BY w.delay LIMIT {6} OFFSET {7}
            """, Args(period, first, last, take, skip))).ToListAsync(ct);

    internal sealed class DayRow
    {
        public long Day { get; set; }
        public long Count { get; set; }
        public long InTime { get; set; }
        public long Late { get; set; }
        public long DueBeforeNow { get; set; }
    }
}
