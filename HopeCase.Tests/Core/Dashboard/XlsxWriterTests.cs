using System.IO.Compression;
using System.Xml.Linq;
using HopeCase.Core.Dashboard;

namespace HopeCase.Tests.Core.Dashboard;

public sealed class XlsxWriterTests
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    [Fact]
    public void The_workbook_is_a_valid_package_with_right_to_left_sheets_numbers_and_escaped_text()
    {
        var bytes = XlsxWriter.Write(
        [
            new XlsxSheet("ملخص: الفترة/الأولى", [["المؤشر", "القيمة"], ["نسبة الرضا <4–5> & \"NPS\"", 70.5], ["عدد", 12], [null, "بعد فراغ"]]),
            new XlsxSheet("Overdue", [["ref"]], RightToLeft: false),
        ]);

        using var zip = new ZipArchive(new MemoryStream(bytes));
        XDocument Part(string name) => XDocument.Load(zip.GetEntry(name)!.Open());
        var types = Part("[Content_Types].xml").ToString();
        Assert.Contains("/xl/worksheets/sheet2.xml", types, StringComparison.Ordinal);
        var workbook = Part("xl/workbook.xml");
        var names = workbook.Descendants(Main + "sheet").Select(s => s.Attribute("name")!.Value).ToList();
        Assert.Equal(["ملخص الفترةالأولى", "Overdue"], names);
        Assert.NotNull(zip.GetEntry("xl/_rels/workbook.xml.rels"));
        Assert.NotNull(zip.GetEntry("_rels/.rels"));

        var sheet = Part("xl/worksheets/sheet1.xml");
        Assert.Equal("1", sheet.Descendants(Main + "sheetView").Single().Attribute("rightToLeft")!.Value);
        var cells = sheet.Descendants(Main + "c").ToDictionary(c => c.Attribute("r")!.Value);
        Assert.Equal("نسبة الرضا <4–5> & \"NPS\"", cells["A2"].Descendants(Main + "t").Single().Value);
        Assert.Equal("70.5", cells["B2"].Element(Main + "v")!.Value);
        Assert.Null(cells["B3"].Attribute("t"));
        Assert.False(cells.ContainsKey("A4"));
        Assert.Equal("بعد فراغ", cells["B4"].Descendants(Main + "t").Single().Value);
        Assert.Null(Part("xl/worksheets/sheet2.xml").Descendants(Main + "sheetView").Single().Attribute("rightToLeft"));
    }
}
