using HopeCase.Core.Letters;
using HopeCase.Core.Saudi;
using HopeCase.Tests.Support;
using HopeCase.Web.Demo;

namespace HopeCase.Tests.Web.Letters;

public sealed class LetterWordingTests(LetterApp app) : IClassFixture<LetterApp>
{
    private static readonly DateOnly Today = SaudiTime.LocalDate(DateTimeOffset.UtcNow);

    [Fact]
    public async Task An_unknown_placeholder_is_refused_with_the_list_of_valid_ones()
    {
        var templates = app.Get<LetterTemplates>();
        var error = await Assert.ThrowsAsync<LetterWordingException>(() =>
            templates.SaveAsync(LetterApp.Admin, LetterType.Rejection, true, "عزيزي {{BeneficiaryName}}، رقم الهوية {{NationalID}}"));
        Assert.Equal(["NationalID"], error.Unknown);
        Assert.Contains("{{BeneficiaryName}}", error.Message, StringComparison.Ordinal);
        Assert.Contains("{{AppealDeadline}}", error.Message, StringComparison.Ordinal);
        Assert.Contains("عناصر غير معروفة", error.Message, StringComparison.Ordinal);
        Assert.Equal(DefaultWording.For(LetterType.Rejection, true), await templates.GetAsync(LetterType.Rejection, true));
    }

    [Fact]
    public async Task The_preview_shows_the_new_wording_with_values_encoded_and_saving_changes_the_next_letter()
    {
        var content = SampleLetters.For(LetterType.Acceptance, true, Today);
        var values = new Dictionary<string, string>(content.Values) { ["Services"] = "<script>alert(1)</script> جلسات" };
        var raw = await app.Letters.PreviewHtmlAsync(content with { Values = values }, "نص جديد للمكرم {{BeneficiaryName}}: {{Services}}");
        Assert.DoesNotContain("<script>", raw, StringComparison.Ordinal);
        var html = System.Net.WebUtility.HtmlDecode(raw);
        Assert.Contains("نص جديد للمكرم", html, StringComparison.Ordinal);
        Assert.Contains(SampleLetters.Name, html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", raw, StringComparison.Ordinal);
        Assert.Contains("مسودة", html, StringComparison.Ordinal);

        await app.Get<LetterTemplates>().SaveAsync(LetterApp.Admin, LetterType.Acceptance, true, "نص جديد للمكرم {{BeneficiaryName}}");
        var letter = await app.Letters.IssueAsync(LetterApp.Officer, content);
        Assert.Contains("نص جديد للمكرم", await Pdf.TextAsync(letter.Pdf), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_an_admin_edits_the_wording()
    {
        await Assert.ThrowsAsync<HopeCase.Core.Security.ForbiddenException>(() =>
            app.Get<LetterTemplates>().SaveAsync(LetterApp.Officer, LetterType.Rejection, true, "نص"));
    }

    [Fact]
    public async Task The_logo_must_be_a_png_or_jpeg_by_its_bytes_and_appears_on_the_letterhead()
    {
        var logos = app.Get<LogoStore>();
        await Assert.ThrowsAsync<LogoRejectedException>(() => logos.SaveAsync(LetterApp.Admin, "GIF89a not a png"u8.ToArray()));
        await Assert.ThrowsAsync<LogoRejectedException>(() => logos.SaveAsync(LetterApp.Admin, new byte[LogoStore.MaxBytes + 1]));
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
        await logos.SaveAsync(LetterApp.Admin, png);
        var html = await app.Letters.PreviewHtmlAsync(SampleLetters.For(LetterType.RequestReceipt, true, Today));
        Assert.Contains("data:image/png;base64,iVBORw0KGgo", html, StringComparison.Ordinal);
    }
}
