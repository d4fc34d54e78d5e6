using System.Text.RegularExpressions;
using HopeCase.Core.Letters;
using HopeCase.Core.Saudi;
using HopeCase.Tests.Support;
using HopeCase.Web.Demo;

namespace HopeCase.Tests.Web.Letters;

/// <summary>
/// The text copied from an archived letter is the text printed (issue 14 item 6): every letter type, printed with real
/// Saudi names and a mixed Arabic / Latin / digit address, read back with pdftotext, compared with whitespace normalised.
/// </summary>
public sealed class LetterTextRoundTripTests(LetterApp app) : IClassFixture<LetterApp>
{
    public const string Address = "جيزان، حي الروضة، شارع 15، مبنى B12، ص.ب 4521";

    public static readonly string[] Names = ["عبدالله", "عبد الرحمن", "أبو بكر", "آمنة", "لؤي"];

    public static TheoryData<LetterType> Types() => [.. Enum.GetValues<LetterType>()];

    [Theory]
    [MemberData(nameof(Types))]
    public async Task Every_name_and_the_address_come_back_from_the_pdf_as_written(LetterType type)
    {
        var today = SaudiTime.LocalDate(DateTimeOffset.UtcNow);
        foreach (var name in Names)
        {
            var content = WithName(SampleLetters.For(type, true, today), name);
            var letter = await app.Letters.IssueAsync(LetterApp.Officer, content);
            var text = Normalise(await Pdf.TextAsync(letter.Pdf));
            if (name == Names[0])
            {
                await Pdf.SavePngsAsync(letter.Pdf, $"roundtrip-{type}");
            }
            Assert.True(text.Contains(Normalise(name), StringComparison.Ordinal), $"{type}: «{name}» not found in the PDF text:\n{text}");
            if (type is not (LetterType.CommitteeMinutes or LetterType.SupportRequestForm))
            {
                Assert.True(text.Contains(Normalise(Address), StringComparison.Ordinal), $"{type}: the address not found in the PDF text:\n{text}");
            }
            // The ligature that used to come back reversed.
            Assert.DoesNotContain("اهلل", text, StringComparison.Ordinal);
        }
    }

    /// <summary>The name everywhere a letter of this type prints a person (recipient, form field, first member of the minutes).</summary>
    private static LetterContent WithName(LetterContent content, string name)
    {
        var values = new Dictionary<string, string>(content.Values) { ["BeneficiaryName"] = name };
        var rows = content.Rows?.Select((row, i) => (IReadOnlyList<string>)row.Select(cell =>
            cell == SampleLetters.Name || (content.Type == LetterType.CommitteeMinutes && i == 0 && cell == row[0]) ? name : cell).ToList()).ToList();
        var recipient = content.Type == LetterType.ExternalReferral ? content.RecipientName : name;
        return content with { RecipientName = recipient, RecipientAddress = Address, Values = values, Rows = rows };
    }

    /// <summary>
    /// Whitespace only: runs of white space become one space, and none is kept beside a comma (pdftotext puts the space
    /// of «جيزان، حي» before the comma). The invisible direction marks go too: pdftotext's own embeddings U+202A–U+202C
    /// and the letter's RLM after Latin/digit runs; neither is a letter of the text.
    /// </summary>
    internal static string Normalise(string text) =>
        Regex.Replace(Regex.Replace(Regex.Replace(text, "[\u200E\u200F\u202A-\u202E\u2066-\u2069]", ""), @"\s+", " "), @" ?([،,]) ?", "$1").Trim();
}
