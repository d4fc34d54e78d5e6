namespace HopeCase.Core.DataExchange;

/// <summary>The file as a whole cannot be imported; <see cref="Code"/> ("Import.ZipBomb") is turned into words by the page.</summary>
public sealed class ImportRefusedException : Exception
{
    public ImportRefusedException()
        : this("Import.NotSpreadsheet")
    {
    }

    public ImportRefusedException(string code)
        : base(code) => Code = code;

    public ImportRefusedException(string code, Exception inner)
        : base(code, inner) => Code = code;

    public string Code { get; }
}
