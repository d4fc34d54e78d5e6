using System.Text;
using MiniExcelLibs;
using MiniExcelLibs.Csv;
using MiniExcelLibs.OpenXml;

namespace HopeCase.Core.DataExchange;

/// <summary>
/// Writes workbooks and CSV files through MiniExcel (ADR 9, corrected): rows of cells without a header row of
/// property names, sheets right to left for Arabic. CSV starts with a byte-order mark so Excel reads Arabic as UTF-8,
/// and a text cell that a spreadsheet would run as a formula is written with a leading apostrophe.
/// </summary>
public static class Spreadsheet
{
    public static byte[] Xlsx(IReadOnlyList<XlsxSheet> sheets, bool rightToLeft)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        var book = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var sheet in sheets)
        {
            var name = SheetName(sheet.Name);
            while (book.ContainsKey(name))
            {
                name = SheetName(name + "_");
            }
            book[name] = Cells(sheet.Rows);
        }
        using var memory = new MemoryStream();
        memory.SaveAs(book, printHeader: false, excelType: ExcelType.XLSX,
            configuration: new OpenXmlConfiguration { RightToLeft = rightToLeft, AutoFilter = false, FreezeRowCount = 1, FastMode = true, EnableAutoWidth = true });
        return memory.ToArray();
    }

    public static byte[] Csv(IReadOnlyList<IReadOnlyList<object?>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var memory = new MemoryStream();
        memory.SaveAs(Cells(rows), printHeader: false, excelType: ExcelType.CSV,
            configuration: new CsvConfiguration { StreamWriterFunc = s => new StreamWriter(s, new UTF8Encoding(true)) });
        return memory.ToArray();
    }

    /// <summary>Sheet names: at most 31 characters, none of : \ / ? * [ ].</summary>
    public static string SheetName(string name)
    {
        var clean = new string((name ?? "").Where(c => ":\\/?*[]".IndexOf(c, StringComparison.Ordinal) < 0 && c >= ' ').Take(31).ToArray());
        return clean.Length == 0 ? "Sheet" : clean;
    }

    private static List<Dictionary<string, object?>> Cells(IReadOnlyList<IReadOnlyList<object?>> rows)
    {
        var width = rows.Count == 0 ? 1 : Math.Max(1, rows.Max(r => r.Count));
        var keys = Enumerable.Range(0, width).Select(i => "c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var list = new List<Dictionary<string, object?>>(rows.Count);
        foreach (var row in rows)
        {
            var d = new Dictionary<string, object?>(width, StringComparer.Ordinal);
            for (var i = 0; i < width; i++)
            {
                d[keys[i]] = i < row.Count ? Cell(row[i]) : null;
            }
            list.Add(d);
        }
        return list;
    }

    private static object? Cell(object? value) => value switch
    {
        null => null,
        string s => Defuse(RemoveControl(s)),
        DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        _ => value,
    };

    /// <summary>"=1+1", "@x", "+x", "-x" would run as formulas in a spreadsheet; "+9665…", "+٩٦٦…" and "-3" are kept.</summary>
    public static string Defuse(string s) =>
        s.Length > 0 && (s[0] is '=' or '@' or '\t' or '\r' || (s[0] is '+' or '-' && (s.Length == 1 || !char.IsDigit(s[1])))) ? "'" + s : s;

    private static string RemoveControl(string s) => s.Any(c => c < ' ' && c is not ('\t' or '\n' or '\r')) ? new(s.Where(c => c >= ' ' || c is '\t' or '\n' or '\r').ToArray()) : s;
}
