namespace HopeCase.Core.Beneficiaries;

/// <summary>
/// Where the next page of a search starts: the rank tier of the last hit shown (0 whole name, 1 every word,
/// 2 partial) and its id. Pages are keyset pages: no offset, no repeats, however many files match.
/// </summary>
public sealed record SearchCursor(int Tier, int AfterId);
