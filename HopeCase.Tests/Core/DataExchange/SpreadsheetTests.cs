using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using HopeCase.Core.DataExchange;
using MiniExcelLibs;

namespace HopeCase.Tests.Core.DataExchange;

/// <summary>The workbooks and CSV files HopeCase writes, read back by a real spreadsheet reader (MiniExcel).</summary>
public sealed class SpreadsheetTests
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>Whether each sheet of the workbook opens right to left (its sheet view says rightToLeft="1").</summary>
    public static IReadOnlyList<bool> Directions(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx));
        return zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal))
            .OrderBy(e => e.FullName, StringComparer.Ordinal)
            .Select(e => XDocument.Load(e.Open()).Descendants(Main + "sheetView").Single().Attribute("rightToLeft")?.Value == "1").ToList();
    }

    [Fact]
    public void A_workbook_opens_with_its_sheets_right_to_left_numbers_as_numbers_and_text_as_written()
    {
        var bytes = Spreadsheet.Xlsx(
        [
            new XlsxSheet("ملخص: الفترة/الأولى", [["المؤشر", "القيمة"], ["نسبة الرضا <4–5> & \"NPS\"", 70.5], ["عدد", 12], [null, "بعد فراغ"]]),
            new XlsxSheet("Overdue", [["ref"], ["=HYPERLINK(\"x\")"]]),
        ], rightToLeft: true);

        using var stream = new MemoryStream(bytes);
        Assert.Equal(["ملخص الفترةالأولى", "Overdue"], MiniExcel.GetSheetNames(stream));
        stream.Position = 0;
        var rows = stream.Query(useHeaderRow: false, sheetName: "ملخص الفترةالأولى").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(4, rows.Count);
        Assert.Equal("نسبة الرضا <4–5> & \"NPS\"", rows[1]["A"]);
        Assert.Equal(70.5, Convert.ToDouble(rows[1]["B"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Null(rows[3]["A"]);
        Assert.Equal("بعد فراغ", rows[3]["B"]);
        stream.Position = 0;
        var second = stream.Query(useHeaderRow: false, sheetName: "Overdue").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal("'=HYPERLINK(\"x\")", second[1]["A"]);
        Assert.Equal([true, true], Directions(bytes));
        Assert.Equal([false, false], Directions(Spreadsheet.Xlsx([new XlsxSheet("a", [["x"]]), new XlsxSheet("b", [["y"]])], rightToLeft: false)));
    }

    [Fact]
    public void A_csv_file_starts_with_a_byte_order_mark_and_defuses_formulas_but_keeps_mobiles()
    {
        var bytes = Spreadsheet.Csv([["الاسم", "الجوال"], ["=1+1", "+966501234567"], ["أحمد, علي", new DateOnly(2024, 3, 1)]]);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes.Take(3).ToArray());
        var text = Encoding.UTF8.GetString(bytes);
        Assert.Contains("'=1+1,+966501234567", text, StringComparison.Ordinal);
        Assert.Contains("\"أحمد, علي\",2024-03-01", text, StringComparison.Ordinal);
    }
}
