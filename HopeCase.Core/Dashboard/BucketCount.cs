namespace HopeCase.Core.Dashboard;

public sealed record BucketCount(string Key, int Count);
