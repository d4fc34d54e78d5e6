namespace HopeCase.Core.Dashboard;

/// <summary>One sheet of an .xlsx workbook: a name and rows of cells (string, number or empty).</summary>
public sealed record XlsxSheet(string Name, IReadOnlyList<IReadOnlyList<object?>> Rows, bool RightToLeft = true);
