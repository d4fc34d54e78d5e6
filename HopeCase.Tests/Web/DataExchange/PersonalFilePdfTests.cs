using HopeCase.Core.Security;
using HopeCase.Tests.Support;
using HopeCase.Tests.Web.Letters;
using HopeCase.Web.Features.DataExchange;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HopeCase.Tests.Web.DataExchange;

/// <summary>A beneficiary's whole file as one PDF, printed by the real Chromium, read back with pdftotext, refused to a researcher not on it, audited.</summary>
[Collection(HangfireCoreCollection.Name)]
public sealed class PersonalFilePdfTests : AppComponentTest
{
    [Fact]
    public async Task The_whole_file_prints_the_joined_arabic_name_the_id_the_requests_and_the_timeline()
    {
        var request = await World.SubmittedAsync(7);
        string reference;
        int beneficiary;
        await using (var db = await Intake.Dbs.CreateDbContextAsync())
        {
            var r = await db.Requests.SingleAsync(x => x.Id == request);
            (reference, beneficiary) = (r.Reference!, r.BeneficiaryId);
        }
        await SignInAsync(IntakeWorld.Manager);
        var pdfs = Services.GetRequiredService<PersonalFilePdf>();

        var pdf = await pdfs.PrintAsync(IntakeWorld.Manager, beneficiary);
        Assert.NotNull(pdf);
        await Pdf.SavePngsAsync(pdf, "personal-file-ar");
        // pdftotext marks direction runs with embedding controls; the words are compared without them.
        var text = System.Text.RegularExpressions.Regex.Replace(LetterPdfTests.Normalise(await Pdf.TextAsync(pdf)), "[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "");
        Assert.Contains("الملف الكامل للمستفيد", text, StringComparison.Ordinal);
        Assert.Contains("أحمد محمد علي الزهراني", text, StringComparison.Ordinal);
        Assert.Contains(IntakeWorld.NationalId(7), text, StringComparison.Ordinal);
        Assert.Contains(reference, text, StringComparison.Ordinal);
        Assert.Contains("السجل الزمني", text, StringComparison.Ordinal);
        // The reference once in the requests table and once in each of the timeline's two lines (draft, submitted), never reversed.
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Count(text, reference));
        Assert.DoesNotContain(string.Join("-", reference.Split('-').Reverse()), text, StringComparison.Ordinal);
        Assert.Contains("مسودة", text, StringComparison.Ordinal);
        Assert.Contains("جمعية أمل للأزمات النفسية", text, StringComparison.Ordinal);

        await Assert.ThrowsAsync<ForbiddenException>(() => pdfs.PrintAsync(ResearchWorld.Researcher2, beneficiary));
        await Assert.ThrowsAsync<ForbiddenException>(() => pdfs.PrintAsync(IntakeWorld.Admin, beneficiary));
        Assert.Null(await pdfs.PrintAsync(IntakeWorld.Manager, 999_999));

        await using var read = await Intake.Dbs.CreateDbContextAsync();
        var exported = await read.AuditEntries.AsNoTracking().Where(a => a.Action == "BeneficiaryFileExported").ToListAsync();
        var entry = Assert.Single(exported);
        Assert.Equal("u-man", entry.UserId);
        Assert.Equal(beneficiary.ToString(System.Globalization.CultureInfo.InvariantCulture), entry.EntityId);
        Assert.StartsWith($"pdf requests[{request}]", entry.Details, StringComparison.Ordinal);
    }
}
