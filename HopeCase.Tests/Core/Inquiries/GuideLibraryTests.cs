using HopeCase.Core.Inquiries;
using HopeCase.Core.Requests;
using HopeCase.Core.Security;
using HopeCase.Tests.Support;
using HopeCase.Web.Features.Health;
using HopeCase.Web.Features.Letters;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace HopeCase.Tests.Core.Inquiries;

/// <summary>Issue 14 item 9: the four tools opened and searched by staff (Arabic normal form), the public ones downloadable by anyone.</summary>
public sealed class GuideLibraryTests
{
    /// <summary>A real PDF with an Arabic text layer, printed by Chromium.</summary>
    public static async Task<byte[]> ArabicPdfAsync(params string[] lines)
    {
        var config = new ConfigurationBuilder().Build();
        await using var engine = new PdfEngine(new ChromiumLocator(config), config, NullLogger<PdfEngine>.Instance);
        var body = string.Concat(lines.Select(l => $"<p>{System.Net.WebUtility.HtmlEncode(l)}</p>"));
        return await engine.PrintAsync($"<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><body>{body}</body></html>", new PrintLayout(null));
    }

    public static readonly string[] PolicyLines =
    [
        "دليل سياسة الدعم",
        "يحق للمستفيد التظلم من قرار لجنة البحث خلال ثلاثين يومًا من تاريخ الإشعار.",
        "المستندات المطلوبة: صورة الهوية الوطنية وتقرير طبي حديث.",
    ];

    [Fact]
    public async Task An_uploaded_pdf_is_searchable_in_arabic_normal_form_and_opened_with_an_audit()
    {
        await using var w = await IntakeWorld.CreateAsync();
        var library = new GuideLibrary(w.Dbs, w.Audit);
        Assert.Equal(UploadProblem.None, await w.Guides.UploadGuideAsync(IntakeWorld.Admin, GuideKind.SupportPolicyGuide, "policy.pdf", await ArabicPdfAsync(PolicyLines)));

        // Taa marbuta written as haa, and no hamza: the normal form still finds the line.
        var hit = Assert.Single(await library.SearchAsync(IntakeWorld.Officer, "المستندات المطلوبه"));
        Assert.Equal(GuideKind.SupportPolicyGuide, hit.Kind);
        Assert.Contains(hit.Lines, l => l.Contains("الهوية الوطنية", StringComparison.Ordinal));
        // Lam-alef, which pdftotext gives back in visual order («خالل»), is still found as typed.
        Assert.Single(await library.SearchAsync(IntakeWorld.Researcher, "التظلم خلال ثلاثين"));
        Assert.Single(await library.SearchAsync(IntakeWorld.Researcher, "الإشعار"));
        Assert.Empty(await library.SearchAsync(IntakeWorld.Officer, "التظلم الكهرباء"));
        Assert.Empty(await library.SearchAsync(IntakeWorld.Officer, "  "));
        await Assert.ThrowsAsync<ForbiddenException>(() => library.SearchAsync(IntakeWorld.Provider, "التظلم"));

        var file = await library.OpenAsync(IntakeWorld.Officer, GuideKind.SupportPolicyGuide);
        Assert.NotNull(file);
        Assert.Equal("application/pdf", file.ContentType);
        Assert.Null(await library.OpenAsync(IntakeWorld.Officer, GuideKind.Bylaws));
        await Assert.ThrowsAsync<ForbiddenException>(() => library.OpenAsync(IntakeWorld.Provider, GuideKind.SupportPolicyGuide));
        var audit = await w.Audit.LatestAsync(IntakeWorld.Admin, 20, "Guide");
        Assert.Contains(audit, a => a.Action == "GuideDownloaded" && a.UserName == IntakeWorld.Officer.UserName && a.EntityId == nameof(GuideKind.SupportPolicyGuide));
    }

    [Fact]
    public async Task Only_a_guide_marked_public_is_downloaded_anonymously_and_a_new_version_stays_public()
    {
        await using var w = await IntakeWorld.CreateAsync();
        var library = new GuideLibrary(w.Dbs, w.Audit);
        var pdf = await ArabicPdfAsync(PolicyLines);
        await w.Guides.UploadGuideAsync(IntakeWorld.Admin, GuideKind.SupportRequestForm, "form.pdf", pdf);
        await w.Guides.UploadGuideAsync(IntakeWorld.Admin, GuideKind.Bylaws, "bylaws.pdf", pdf);

        Assert.Null(await library.OpenPublicAsync(GuideKind.SupportRequestForm, "203.0.113.9"));
        Assert.Empty(await library.PublicAsync());
        await Assert.ThrowsAsync<ForbiddenException>(() => library.SetPublicAsync(IntakeWorld.Officer, GuideKind.SupportRequestForm, true));

        await library.SetPublicAsync(IntakeWorld.Admin, GuideKind.SupportRequestForm, true);
        Assert.NotNull(await library.OpenPublicAsync(GuideKind.SupportRequestForm, "203.0.113.9"));
        Assert.Null(await library.OpenPublicAsync(GuideKind.Bylaws, "203.0.113.9"));
        Assert.Equal([GuideKind.SupportRequestForm], (await library.PublicAsync()).Select(g => g.Kind));

        await w.Guides.UploadGuideAsync(IntakeWorld.Admin, GuideKind.SupportRequestForm, "form-v2.pdf", pdf);
        Assert.Equal("form-v2.pdf", (await library.OpenPublicAsync(GuideKind.SupportRequestForm, null))?.FileName);

        var audit = await w.Audit.LatestAsync(IntakeWorld.Admin, 50, "Guide");
        Assert.Contains(audit, a => a.Action == "GuidePublished" && a.EntityId == nameof(GuideKind.SupportRequestForm));
        Assert.Equal(2, audit.Count(a => a.Action == "GuideDownloadedPublic" && a.UserName is null));
        Assert.Contains(audit, a => a.Action == "GuideDownloadedPublic" && a.Origin == "203.0.113.9");
    }
}
