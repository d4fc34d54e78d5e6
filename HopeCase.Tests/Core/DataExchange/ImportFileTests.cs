using System.IO.Compression;
using System.Text;
using HopeCase.Core.DataExchange;

namespace HopeCase.Tests.Core.DataExchange;

/// <summary>Bad files get a code the page turns into a clear Arabic message; none of them gets past reading.</summary>
public sealed class ImportFileTests
{
    private static readonly ImportLimits Limits = new();

    private static string Code(Action read) => Assert.Throws<ImportRefusedException>(read).Code;

    public static byte[] Csv(params string[] lines) => new UTF8Encoding(true).GetBytes(string.Join("\r\n", lines));

    [Fact]
    public void The_template_is_read_back_with_its_headers_recognised_in_both_languages()
    {
        foreach (var arabic in new[] { true, false })
        {
            var template = ImportTemplate.Build(arabic);
            Assert.Equal("Import.Empty", Code(() => ImportFile.Read(template, "t.xlsx", Limits)));
        }
        var table = ImportFile.Read(Csv("الاسم الأول,اسم الأب,اسم الجد,اسم العائلة,رقم الهوية أو الإقامة,الجنس,تاريخ الميلاد,المحافظة", "محمد,أحمد,علي,الحازمي,1012345674,ذكر,1410/05/12,صبيا"), "a.csv", Limits);
        var map = ColumnMapping.Auto(table.Headers);
        Assert.Empty(map.MissingRequired);
        Assert.Equal(7, map.Columns[ImportField.Governorate]);
        var english = ColumnMapping.Auto(["First name", "Father's name", "Grandfather's name", "Family name", "National ID or iqama", "Gender", "Date of birth", "Governorate"]);
        Assert.Empty(english.MissingRequired);
    }

    [Fact]
    public void A_file_that_is_not_a_spreadsheet_is_refused()
    {
        Assert.Equal("Import.NotSpreadsheet", Code(() => ImportFile.Read(HopeCase.Tests.Support.IntakeWorld.Png(), "people.xlsx", Limits)));
        Assert.Equal("Import.NotSpreadsheet", Code(() => ImportFile.Read(HopeCase.Tests.Support.IntakeWorld.Pdf(), "people.csv", Limits)));
        Assert.Equal("Import.NotSpreadsheet", Code(() => ImportFile.Read(Csv("a,b", "1,2"), "people.pdf", Limits)));
        // A zip that is not a workbook (a renamed .docx or any archive).
        using var zip = new MemoryStream();
        using (var a = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var w = new StreamWriter(a.CreateEntry("word/document.xml").Open());
            w.Write("<doc/>");
        }
        Assert.Equal("Import.NotSpreadsheet", Code(() => ImportFile.Read(zip.ToArray(), "people.xlsx", Limits)));
        Assert.Equal("Import.NotUtf8", Code(() => ImportFile.Read([0x41, 0x2C, 0xC7, 0xE1, 0x0D, 0x0A, 0x31, 0x2C, 0xFF], "people.csv", Limits)));
    }

    [Fact]
    public void A_zip_bomb_is_refused_from_its_sizes_before_it_is_unpacked()
    {
        var workbook = ImportTemplate.Build(arabic: true);
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var a = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var bomb = a.CreateEntry("xl/worksheets/sheet9.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 64; i++)
            {
                bomb.Write(zeros);
            }
        }
        Assert.True(stream.Length < 1024 * 1024);
        Assert.Equal("Import.ZipBomb", Code(() => ImportFile.Read(stream.ToArray(), "bomb.xlsx", Limits)));
        // Under a tighter total cap, the same parts refuse for their sum as well.
        Assert.Equal("Import.ZipBomb", Code(() => ImportFile.Read(stream.ToArray(), "bomb.xlsx", new ImportLimits { MaxCompressionRatio = 100_000, MaxUncompressedBytes = 10 * 1024 * 1024 })));
    }

    [Fact]
    public void A_file_of_100_megabytes_is_refused_by_its_size_alone()
    {
        Assert.Equal("Import.TooLarge", Code(() => ImportFile.CheckSize(100L * 1024 * 1024, Limits)));
        Assert.Equal("Import.TooLarge", Code(() => ImportFile.Read(new byte[100 * 1024 * 1024], "big.xlsx", Limits)));
    }

    [Fact]
    public void Formulas_are_refused_in_a_workbook_and_in_a_csv_file()
    {
        var xlsx = Spreadsheet.Xlsx([new XlsxSheet("s", [["الاسم الأول", "رقم الهوية أو الإقامة"], ["محمد", 1]])], true);
        using var stream = new MemoryStream();
        stream.Write(xlsx);
        using (var a = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var sheet = a.GetEntry("xl/worksheets/sheet1.xml")!;
            string xml;
            using (var r = new StreamReader(sheet.Open()))
            {
                xml = r.ReadToEnd();
            }
            sheet.Delete();
            using var w = new StreamWriter(a.CreateEntry("xl/worksheets/sheet1.xml").Open());
            w.Write(xml.Replace("<x:v>1</x:v>", "<x:f>SUM(1,2)</x:f><x:v>3</x:v>", StringComparison.Ordinal));
        }
        Assert.Equal("Import.Formulas", Code(() => ImportFile.Read(stream.ToArray(), "f.xlsx", Limits)));
        Assert.Equal("Import.Formulas", Code(() => ImportFile.Read(Csv("a,b", "محمد,=HYPERLINK(\"http://x\")"), "f.csv", Limits)));
        Assert.Equal(3, ImportFile.Read(Csv("a,b", "محمد,+966501234567", "علي,-", "سعد,+٩٦٦٥٠١٢٣٤٥٦٧"), "ok.csv", Limits).Rows.Count);
    }

    [Fact]
    public void A_sheet_of_200000_rows_is_refused()
    {
        var lines = new List<string>(200_001) { "الاسم الأول,رقم الهوية أو الإقامة" };
        lines.AddRange(Enumerable.Range(0, 200_000).Select(i => $"محمد,{i}"));
        Assert.Equal("Import.TooManyRows", Code(() => ImportFile.Read(Csv([.. lines]), "many.csv", Limits)));
        var rows = new List<IReadOnlyList<object?>>(200_001) { new List<object?> { "الاسم الأول" } };
        rows.AddRange(Enumerable.Range(0, 200_000).Select(i => (IReadOnlyList<object?>)new List<object?> { i }));
        var xlsx = Spreadsheet.Xlsx([new XlsxSheet("s", rows)], true);
        Assert.Equal("Import.TooManyRows", Code(() => ImportFile.Read(xlsx, "many.xlsx", Limits)));
    }
}
