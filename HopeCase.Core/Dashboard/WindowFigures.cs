namespace HopeCase.Core.Dashboard;

public sealed record WindowFigures(int Submitted, int Decided, int DecidedInTime, int Late, double? InTimePercent, double? MedianDaysToDecision,
    int Overdue, IReadOnlyList<BucketCount> OpenByDaysLeft);
