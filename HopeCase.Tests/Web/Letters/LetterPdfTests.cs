using HopeCase.Core.Letters;
using HopeCase.Core.Saudi;
using HopeCase.Tests.Support;
using HopeCase.Web.Demo;

namespace HopeCase.Tests.Web.Letters;

/// <summary>Each letter type printed to PDF by the real Chromium; the text read back with pdftotext; pages saved as PNG.</summary>
public sealed class LetterPdfTests(LetterApp app) : IClassFixture<LetterApp>
{
    private static readonly DateOnly Today = SaudiTime.LocalDate(DateTimeOffset.UtcNow);

    [Theory]
    [InlineData(LetterType.RequestReceipt, true, "تم استلام طلبكم")]
    [InlineData(LetterType.Acceptance, true, "الموافقة على طلبكم")]
    [InlineData(LetterType.Rejection, true, "نعتذر عن قبول طلبكم")]
    [InlineData(LetterType.MissingInformation, true, "استكمال دراسة الطلب")]
    [InlineData(LetterType.ExternalReferral, true, "مستشفى الصحة النفسية بجيزان")]
    [InlineData(LetterType.CommitteeMinutes, true, "النصاب المطلوب")]
    [InlineData(LetterType.SupportRequestForm, true, "الاسم الرباعي")]
    [InlineData(LetterType.Rejection, false, "we regret that we cannot accept it")]
    [InlineData(LetterType.CommitteeMinutes, false, "Quorum required")]
    public async Task Each_type_prints_its_words_numbers_and_the_letterhead_intact(LetterType type, bool arabic, string phrase)
    {
        var letter = await app.Letters.IssueAsync(LetterApp.Officer, SampleLetters.For(type, arabic, Today));
        var text = Normalise(await Pdf.TextAsync(letter.Pdf));
        await Pdf.SavePngsAsync(letter.Pdf, $"{type}-{(arabic ? "ar" : "en")}");

        Assert.Contains(phrase, text, StringComparison.Ordinal);
        Assert.Contains(letter.Number, text, StringComparison.Ordinal);
        Assert.Contains(letter.VerifyCode, text, StringComparison.Ordinal);
        Assert.Contains("SA73 0500 0068 2049 0365 9000", text, StringComparison.Ordinal);
        Assert.Contains("0591955655", text, StringComparison.Ordinal);
        Assert.Contains("hope-psy@outlook.com", text, StringComparison.Ordinal);
        Assert.Contains("جمعية أمل للأزمات النفسية", text, StringComparison.Ordinal);
        Assert.Contains("Hope Association for psychological crises", text, StringComparison.Ordinal);
        Assert.Contains(HijriDate.FromGregorian(Today).ToString(), text, StringComparison.Ordinal);
        Assert.Contains(Today.ToString("yyyy/MM/dd", System.Globalization.CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
        if (type is not (LetterType.CommitteeMinutes or LetterType.SupportRequestForm))
        {
            Assert.Contains(arabic ? SampleLetters.Name : "Abdulrahman Mohammed Ali Alfaifi", text, StringComparison.Ordinal);
        }
        if (type is LetterType.Rejection or LetterType.Acceptance or LetterType.RequestReceipt or LetterType.MissingInformation)
        {
            Assert.Contains(SampleLetters.RequestNumber, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_support_request_form_prints_blank_and_filled()
    {
        var blank = await app.Letters.IssueAsync(LetterApp.Officer, SampleLetters.For(LetterType.SupportRequestForm, true, Today, blankForm: true));
        var filled = await app.Letters.IssueAsync(LetterApp.Officer, SampleLetters.For(LetterType.SupportRequestForm, true, Today));
        await Pdf.SavePngsAsync(blank.Pdf, "SupportRequestForm-blank");
        var blankText = Normalise(await Pdf.TextAsync(blank.Pdf));
        var filledText = Normalise(await Pdf.TextAsync(filled.Pdf));
        Assert.Contains("رقم الهوية", blankText, StringComparison.Ordinal);
        Assert.DoesNotContain("1012345678", blankText, StringComparison.Ordinal);
        Assert.Contains("1012345678", filledText, StringComparison.Ordinal);
        Assert.Contains("SA44 2000 0001 2345 6789 1234", filledText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_long_letter_has_the_footer_on_every_page()
    {
        var content = SampleLetters.For(LetterType.Rejection, true, Today);
        var reasons = string.Join("\n", Enumerable.Range(1, 45).Select(i => $"{i}. سبب رقم {i} من أسباب الاعتذار عن قبول الطلب"));
        var values = new Dictionary<string, string>(content.Values) { ["Reasons"] = reasons };
        var letter = await app.Letters.IssueAsync(LetterApp.Officer, content with { Values = values });
        await Pdf.SavePngsAsync(letter.Pdf, "Rejection-two-pages");
        var pages = await Pdf.PagesAsync(letter.Pdf);
        Assert.True(pages >= 2, $"expected a long letter, got {pages} page(s)");
        for (var page = 1; page <= pages; page++)
        {
            var text = Normalise(await Pdf.TextAsync(letter.Pdf, page));
            Assert.Contains("0591955655", text, StringComparison.Ordinal);
            Assert.Contains("SA73 0500 0068 2049 0365 9000", text, StringComparison.Ordinal);
        }
    }

    /// <summary>pdftotext may break lines where the PDF does; compare on single spaces.</summary>
    internal static string Normalise(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");
}
