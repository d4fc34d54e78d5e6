using System.Globalization;
using HopeCase.Core.Audit;
using HopeCase.Core.Beneficiaries;
using HopeCase.Core.Security;
using HopeCase.Web.Features.Letters;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace HopeCase.Web.Features.DataExchange;

/// <summary>
/// A beneficiary's whole file as one PDF, what a person may ask for under the data-protection law (subject access):
/// the personal data, the requests and the timeline, read through <see cref="BeneficiaryFileService"/> (so the role and
/// record checks and the read audits are the page's), printed by the letter engine (<see cref="PdfEngine"/>: offline,
/// inline styles only), and the export itself audited with the requests it holds.
/// </summary>
public sealed class PersonalFilePdf(BeneficiaryFileService files, AuditLog audit, LetterRenderer letters, PdfEngine engine,
    IServiceScopeFactory scopes, ILoggerFactory logs, TimeProvider clock)
{
    public async Task<byte[]?> PrintAsync(Actor actor, int beneficiaryId, CancellationToken ct = default)
    {
        var file = await files.ReadAsync(actor, beneficiaryId, ct);
        if (file is null)
        {
            return null;
        }
        var requests = await files.RequestsAsync(actor, beneficiaryId, ct);
        var timeline = await files.TimelineAsync(actor, beneficiaryId, ct);
        var culture = CultureInfo.CurrentUICulture;
        var arabic = culture.TwoLetterISOLanguageName == "ar";
        var html = await HtmlAsync(file, requests, timeline, culture);
        var pdf = await engine.PrintAsync(html, new PrintLayout(letters.Footer(arabic, pageNumbers: true)), ct);
        await audit.RecordAsync(actor, "BeneficiaryFileExported", "Beneficiary", beneficiaryId.ToString(CultureInfo.InvariantCulture),
            $"pdf requests[{string.Join(",", requests.Select(r => r.Id))}] timeline:{timeline.Count}", ct);
        return pdf;
    }

    private async Task<string> HtmlAsync(BeneficiaryFile file, IReadOnlyList<RequestSummary> requests, IReadOnlyList<TimelineItem> timeline, CultureInfo culture)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, logs);
        var profile = letters.Profile;
        var body = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, culture);
            var output = await renderer.RenderComponentAsync<PersonalFileDocument>(ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(PersonalFileDocument.File)] = file,
                [nameof(PersonalFileDocument.Requests)] = requests,
                [nameof(PersonalFileDocument.Timeline)] = timeline,
                [nameof(PersonalFileDocument.PrintedAt)] = clock.GetUtcNow(),
                [nameof(PersonalFileDocument.OrganisationName)] = (profile.NameAr, profile.NameEn),
            }));
            return output.ToHtmlString();
        });
        var lang = culture.TwoLetterISOLanguageName == "ar" ? "ar" : "en";
        return LetterRenderer.Document(lang, LetterCss.Text + Css, body);
    }

    private const string Css = """
section.file h1 { font-size: 17pt; color: #1f5f5b; margin: 2mm 0; }
section.file h2 { font-size: 13pt; color: #1f5f5b; border-bottom: 1px solid #1f5f5b; margin: 6mm 0 2mm; break-after: avoid; }
section.file .org { font-weight: 700; font-size: 13pt; }
section.file .sub { font-size: 10pt; color: #555; }
section.file table { width: 100%; border-collapse: collapse; font-size: 11pt; }
section.file th, section.file td { border: 1px solid #ccc; padding: 1mm 2mm; text-align: start; vertical-align: top; }
section.file table.facts th { width: 35%; background: #f2f6f6; }
section.file table.list thead th { background: #f2f6f6; }
section.file tr { break-inside: avoid; }
section.file ol.timeline { padding-inline-start: 6mm; font-size: 11pt; }
section.file ol.timeline li { margin-bottom: 2mm; break-inside: avoid; }
section.file .when { font-size: 9.5pt; color: #555; }
section.file .what { font-weight: 700; }
""";
}
