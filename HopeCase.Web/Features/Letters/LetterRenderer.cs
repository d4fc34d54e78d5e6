using System.Globalization;
using System.Net;
using System.Text;
using HopeCase.Core.Arabic;
using HopeCase.Core.Letters;
using HopeCase.Core.Organisation;
using HopeCase.Core.Saudi;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using QRCoder;

namespace HopeCase.Web.Features.Letters;

/// <summary>Turns letters into one HTML document (<see cref="LetterPage"/> per letter, CSS inline) and prints it.</summary>
public sealed class LetterRenderer(IServiceScopeFactory scopes, ILoggerFactory logs, PdfEngine engine, IOptions<OrganisationProfile> profile,
    IOptions<LetterOptions> options, IStringLocalizerFactory localizers)
{
    public OrganisationProfile Profile => profile.Value;

    public string VerifyUrl(string code)
    {
        var configured = options.Value.PublicBaseUrl;
        var baseUrl = !string.IsNullOrWhiteSpace(configured) ? configured
            : !string.IsNullOrWhiteSpace(Profile.Website) ? Profile.Website : "http://127.0.0.1:5000";
        if (!baseUrl.Contains("://", StringComparison.Ordinal))
        {
            baseUrl = "https://" + baseUrl;
        }
        return baseUrl.TrimEnd('/') + "/verify/" + code;
    }

    public static string QrDataUri(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(6);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }

    public LetterView View(LetterContent content, string number, DateTimeOffset issuedAt, string bodyHtml, string code, string? logo, bool copy = false, bool draft = false) =>
        new(content, number, issuedAt, bodyHtml, code, VerifyUrl(code), QrDataUri(VerifyUrl(code)), Profile, logo, copy, draft);

    /// <summary>The whole HTML document for these letters, each in its own language; page breaks between letters.</summary>
    public async Task<string> HtmlAsync(IReadOnlyList<LetterView> letters, bool screenFooter)
    {
        ArgumentNullException.ThrowIfNull(letters);
        var sections = new StringBuilder();
        // Components resolve scoped services (activity source, localizer), so each document gets its own scope.
        await using var scope = scopes.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, logs);
        foreach (var view in letters)
        {
            var culture = CultureInfo.GetCultureInfo(view.Content.IsArabic ? "ar" : "en");
            var footer = screenFooter ? Footer(view.Content.IsArabic) : null;
            var html = await renderer.Dispatcher.InvokeAsync(async () =>
            {
                // The letter speaks its own language, whatever the language of the person printing it.
                (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, culture);
                var output = await renderer.RenderComponentAsync<LetterPage>(ParameterView.FromDictionary(new Dictionary<string, object?>
                {
                    [nameof(LetterPage.View)] = view,
                    [nameof(LetterPage.FooterHtml)] = footer,
                }));
                return output.ToHtmlString();
            });
            sections.Append(html);
        }
        var lang = letters.Count > 0 && !letters[0].Content.IsArabic ? "en" : "ar";
        return Document(lang, LetterCss.Text, sections.ToString());
    }

    /// <summary>A printed document: inline styles, <c>data:</c> images and fonts, nothing else (no script, frame, form or fetch).</summary>
    public static string Document(string lang, string css, string body) =>
        $"<!DOCTYPE html><html lang=\"{lang}\" dir=\"{(lang == "ar" ? "rtl" : "ltr")}\"><head><meta charset=\"utf-8\">" +
        $"<meta http-equiv=\"Content-Security-Policy\" content=\"{LetterCss.Csp}\"><style>{css}</style></head><body>{body}</body></html>";

    public async Task<byte[]> PdfAsync(IReadOnlyList<LetterView> letters, CancellationToken ct = default)
    {
        var html = await HtmlAsync(letters, screenFooter: false);
        var arabic = letters.Count == 0 || letters[0].Content.IsArabic;
        return await engine.PrintAsync(html, new PrintLayout(Footer(arabic, pageNumbers: letters.Count == 1)), ct);
    }

    public Task<byte[]> LabelsPdfAsync(IReadOnlyList<MailingLabel> labels, CancellationToken ct = default) =>
        engine.PrintAsync(LabelSheet.Html(labels), new PrintLayout(null, "0", "0", "0"), ct);

    /// <summary>The letterhead footer: contact details, social handles, bank and IBAN in groups of four.</summary>
    public string Footer(bool arabic, bool pageNumbers = false)
    {
        var l = localizers.Create(typeof(Strings));
        var culture = CultureInfo.GetCultureInfo(arabic ? "ar" : "en");
        string T(string key)
        {
            var saved = CultureInfo.CurrentUICulture;
            CultureInfo.CurrentUICulture = culture;
            try { return l[key]; } finally { CultureInfo.CurrentUICulture = saved; }
        }
        static string E(string s) => WebUtility.HtmlEncode(s);
        // In the Arabic footer an RLM after each left-to-right value keeps the label's colon and the bars in order when copied.
        string Ltr(string s) => $"<bdi dir=\"ltr\">{WebUtility.HtmlEncode(s)}</bdi>{(arabic ? "\u200F" : "")}";
        var p = Profile;
        var iban = Iban.TryParse(p.Iban, out var parsed) ? parsed.Value.Grouped : p.Iban;
        var handles = string.Join(" ", p.SocialHandles.Select(h => Ltr("@" + h)));
        var pages = pageNumbers ? $" &nbsp;|&nbsp; <span class=\"pageNumber\"></span>/<span class=\"totalPages\"></span>" : "";
        return $"""
<div dir="{(arabic ? "rtl" : "ltr")}" style="width:100%; margin:0 14mm; font-family:{LetterCss.Fonts}; font-variant-ligatures:none; font-size:8pt; line-height:1.5; color:#333; text-align:center; border-top:1.5px solid #1f5f5b; padding-top:1.5mm; -webkit-print-color-adjust:exact;">
<div>{E(T("Letters.FooterPhone"))}: {Ltr(p.Phone)} &nbsp;|&nbsp; {E(T("Letters.FooterEmail"))}: {Ltr(p.Email)} &nbsp;|&nbsp; {Ltr(p.Website)} &nbsp;|&nbsp; {handles}</div>
<div>{E(arabic ? BidiMarks.ForRtl(p.AddressAr) : p.AddressEn)}</div>
<div>{E(arabic ? p.BankAr : p.BankEn)} &nbsp;-&nbsp; {E(T("Letters.FooterIban"))}: {Ltr(iban)}{pages}</div>
</div>
""";
    }
}
