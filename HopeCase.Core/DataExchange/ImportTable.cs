namespace HopeCase.Core.DataExchange;

/// <summary>A sheet read as text: the header row and the data rows (row numbers are 2, 3, … as the officer sees them).</summary>
public sealed record ImportTable(SpreadsheetKind Kind, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows);
