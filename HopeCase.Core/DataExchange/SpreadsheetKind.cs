namespace HopeCase.Core.DataExchange;

public enum SpreadsheetKind
{
    Xlsx,
    Csv,
}
