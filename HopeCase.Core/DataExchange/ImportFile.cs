using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using MiniExcelLibs;
using MiniExcelLibs.Csv;

namespace HopeCase.Core.DataExchange;

/// <summary>
/// Reads an uploaded .xlsx or .csv into an <see cref="ImportTable"/> after checking it: the size before reading, then
/// for .xlsx the zip's entries and their real unzipped sizes (a zip bomb stops at the cap), formulas and the row count
/// from the sheet XML; for .csv UTF-8 text and the row count. A cell that a spreadsheet would run as a formula refuses
/// the whole file. Every refusal is an <see cref="ImportRefusedException"/> and nothing has been written.
/// </summary>
public static class ImportFile
{
    public static void CheckSize(long length, ImportLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        if (length > limits.MaxBytes)
        {
            throw new ImportRefusedException("Import.TooLarge");
        }
        if (length == 0)
        {
            throw new ImportRefusedException("Import.Empty");
        }
    }

    public static ImportTable Read(byte[] bytes, string fileName, ImportLimits limits)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(limits);
        CheckSize(bytes.LongLength, limits);
        var isZip = bytes.Length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        var ext = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        if (ext == ".xlsx" && isZip)
        {
            InspectZip(bytes, limits);
            return Table(SpreadsheetKind.Xlsx, Query(bytes, ExcelType.XLSX, null, limits), limits);
        }
        if (ext == ".csv" && !isZip && !FileSignatures.IsKnownBinary(bytes))
        {
            var text = Utf8(bytes);
            var lines = text.AsSpan().Count('\n');
            if (lines > limits.MaxRows + 1)
            {
                throw new ImportRefusedException("Import.TooManyRows");
            }
            var separator = FirstLine(text).Count(c => c == ';') > FirstLine(text).Count(c => c == ',') ? ';' : ',';
            return Table(SpreadsheetKind.Csv, Query(bytes, ExcelType.CSV, new CsvConfiguration { Seperator = separator }, limits), limits);
        }
        throw new ImportRefusedException("Import.NotSpreadsheet");
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0];

    private static string Utf8(byte[] bytes)
    {
        if (Array.IndexOf(bytes, (byte)0, 0, Math.Min(bytes.Length, 64 * 1024)) >= 0)
        {
            throw new ImportRefusedException("Import.NotSpreadsheet");
        }
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new ImportRefusedException("Import.NotUtf8", e);
        }
    }

    private static void InspectZip(byte[] bytes, ImportLimits limits)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            if (zip.Entries.Count > limits.MaxEntries || zip.GetEntry("xl/workbook.xml") is null)
            {
                throw new ImportRefusedException(zip.Entries.Count > limits.MaxEntries ? "Import.ZipBomb" : "Import.NotSpreadsheet");
            }
            long declared = 0;
            foreach (var e in zip.Entries)
            {
                declared += e.Length;
                if (declared > limits.MaxUncompressedBytes || (e.Length > 1024 * 1024 && e.Length > (e.CompressedLength + 1) * limits.MaxCompressionRatio))
                {
                    throw new ImportRefusedException("Import.ZipBomb");
                }
            }
            long real = 0;
            foreach (var e in zip.Entries.Where(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
            {
                using var capped = new CappedStream(e.Open(), Math.Min(e.Length, limits.MaxUncompressedBytes - real));
                if (e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal))
                {
                    ScanSheet(capped, limits);
                }
                else
                {
                    capped.CopyTo(Stream.Null);
                }
                real += capped.BytesRead;
            }
        }
        catch (InvalidDataException e)
        {
            throw new ImportRefusedException("Import.NotSpreadsheet", e);
        }
        catch (XmlException e)
        {
            throw new ImportRefusedException("Import.NotSpreadsheet", e);
        }
    }

    /// <summary>Any &lt;f&gt; element is a formula; rows are counted as they pass.</summary>
    private static void ScanSheet(Stream sheet, ImportLimits limits)
    {
        using var reader = XmlReader.Create(sheet, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true });
        var rows = 0;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }
            if (reader.LocalName == "f")
            {
                throw new ImportRefusedException("Import.Formulas");
            }
            if (reader.LocalName == "row" && ++rows > limits.MaxRows + 1)
            {
                throw new ImportRefusedException("Import.TooManyRows");
            }
        }
    }

    private static List<IDictionary<string, object?>> Query(byte[] bytes, ExcelType type, IConfiguration? config, ImportLimits limits)
    {
        try
        {
            using var stream = new MemoryStream(bytes);
            var rows = stream.Query(useHeaderRow: false, excelType: type, configuration: config).Cast<IDictionary<string, object?>>().Take(limits.MaxRows + 2).ToList();
            if (rows.Count > limits.MaxRows + 1)
            {
                throw new ImportRefusedException("Import.TooManyRows");
            }
            return rows;
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or InvalidOperationException or InvalidCastException or FormatException or IndexOutOfRangeException or ArgumentException)
        {
            throw new ImportRefusedException("Import.NotSpreadsheet", e);
        }
    }

    private static ImportTable Table(SpreadsheetKind kind, List<IDictionary<string, object?>> rows, ImportLimits limits)
    {
        var text = rows.Select(r => (IReadOnlyList<string>)r.Values.Select(Text).ToList()).ToList();
        // Blank rows at the end (a sheet formatted further down) are not rows.
        while (text.Count > 0 && text[^1].All(string.IsNullOrWhiteSpace))
        {
            text.RemoveAt(text.Count - 1);
        }
        if (text.Count < 2)
        {
            throw new ImportRefusedException("Import.Empty");
        }
        if (text.Skip(1).Any(r => r.Any(LooksLikeFormula)))
        {
            throw new ImportRefusedException("Import.Formulas");
        }
        var data = text.Skip(1).Where(r => !r.All(string.IsNullOrWhiteSpace)).ToList();
        return data.Count > limits.MaxRows ? throw new ImportRefusedException("Import.TooManyRows") : new ImportTable(kind, text[0], data);
    }

    /// <summary>The same rule as <see cref="Spreadsheet.Defuse"/>: "=", "@", or "+"/"-" before something not a digit.</summary>
    public static bool LooksLikeFormula(string cell) => cell.Length > 1 && Spreadsheet.Defuse(cell) != cell;

    private static string Text(object? value) => value switch
    {
        null => "",
        string s => s.Trim(),
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => d.ToString("0", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
