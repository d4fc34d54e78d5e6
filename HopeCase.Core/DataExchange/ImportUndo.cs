namespace HopeCase.Core.DataExchange;

/// <summary>The outcome of undoing a batch: how many files were removed, or the files someone has worked on since (nothing removed then).</summary>
public sealed record ImportUndo(bool Done, int Removed, IReadOnlyList<int> Touched, string? Error = null);
