namespace HopeCase.Core.Dashboard;

/// <summary>A drill-down: the kind and an optional filter (a channel, a support type id, a month "2026-11", a bucket, "promoters"…).</summary>
public sealed record DrillQuery(DrillKind Kind, string? Filter = null);
