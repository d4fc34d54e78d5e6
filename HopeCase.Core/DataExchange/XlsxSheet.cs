namespace HopeCase.Core.DataExchange;

/// <summary>One sheet of an .xlsx workbook: a name and rows of cells (string, number, date or empty).</summary>
public sealed record XlsxSheet(string Name, IReadOnlyList<IReadOnlyList<object?>> Rows);
