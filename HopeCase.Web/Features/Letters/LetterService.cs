using HopeCase.Core.Audit;
using HopeCase.Core.Letters;
using HopeCase.Core.Organisation;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using Microsoft.Extensions.Options;

namespace HopeCase.Web.Features.Letters;

/// <summary>
/// Issues, shows and prints letters. The Intake and Committee code calls <see cref="IssueAsync"/>, usually through
/// <see cref="IssueLetterJob"/>; the register, print queue and template pages call the rest. Roles are checked here.
/// </summary>
public sealed class LetterService(LetterRegister register, LetterTemplates templates, LetterRenderer renderer, LogoStore logos,
    AuditLog audit, TimeProvider clock, IOptions<PolicyOptions> policy)
{
    public static readonly string[] PrintRoles = [Roles.Admin, Roles.Manager, Roles.RelationsOfficer];
    private static readonly string[] IssueRoles = [Roles.Admin, Roles.Manager, Roles.RelationsOfficer, Roles.CommitteeMember, Roles.ResearchOfficer];

    public async Task<Letter> IssueAsync(Actor actor, LetterContent content, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!ReferenceEquals(actor, Actor.System))
        {
            Guard.RequireRole(actor, "issue a letter", IssueRoles);
        }
        var body = LetterWording.ToHtml(await templates.GetAsync(content.Type, content.IsArabic, ct), WithStandardValues(content), content.IsArabic);
        var logo = await logos.DataUriAsync(ct);
        var issuedAt = clock.GetUtcNow();
        var (letter, created) = await register.IssueAsync(content, body, issuedAt, actor.UserName,
            (number, code, token) => renderer.PdfAsync([renderer.View(content, number.Text, issuedAt, body, code, logo)], token), ct);
        if (created)
        {
            await audit.RecordAsync(actor, "LetterIssued", nameof(Letter), letter.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"{letter.Number} {letter.Type} sha256:{letter.Sha256}", ct);
        }
        return letter;
    }

    private Dictionary<string, string> WithStandardValues(LetterContent content)
    {
        var values = new Dictionary<string, string>(content.Values, StringComparer.Ordinal);
        values.TryAdd("OrganisationName", content.IsArabic ? renderer.Profile.NameAr : renderer.Profile.NameEn);
        values.TryAdd("OrganisationPhone", renderer.Profile.Phone);
        values.TryAdd("AppealDays", policy.Value.AppealDays.ToString(System.Globalization.CultureInfo.InvariantCulture));
        values.TryAdd("Quorum", policy.Value.CommitteeQuorum.ToString(System.Globalization.CultureInfo.InvariantCulture));
        values.TryAdd("AppealPeriod", Core.Arabic.ArabicCount.Of(policy.Value.AppealDays, Core.Arabic.ArabicCount.Day));
        values.TryAdd("QuorumMembers", Core.Arabic.ArabicCount.Of(policy.Value.CommitteeQuorum, Core.Arabic.ArabicCount.Member));
        return values;
    }

    /// <summary>The archived PDF, byte for byte as issued.</summary>
    public async Task<Letter> DownloadAsync(Actor actor, int id, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "download a letter", PrintRoles);
        var letter = await register.FindAsync(id, ct) ?? throw new KeyNotFoundException($"Letter {id}");
        await audit.RecordAsync(actor, "LetterDownloaded", nameof(Letter), id.ToString(System.Globalization.CultureInfo.InvariantCulture), letter.Number, ct);
        return letter;
    }

    /// <summary>A fresh rendering of what was issued, marked "نسخة / COPY"; the archived original is not touched.</summary>
    public async Task<(Letter Letter, byte[] Pdf)> ReprintAsync(Actor actor, int id, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "reprint a letter", PrintRoles);
        var letter = await register.FindAsync(id, ct) ?? throw new KeyNotFoundException($"Letter {id}");
        var pdf = await renderer.PdfAsync([await CopyViewAsync(letter, ct)], ct);
        await audit.RecordAsync(actor, "LetterReprinted", nameof(Letter), id.ToString(System.Globalization.CultureInfo.InvariantCulture), letter.Number, ct);
        return (letter, pdf);
    }

    private async Task<LetterView> CopyViewAsync(Letter letter, CancellationToken ct) =>
        renderer.View(letter.Content, letter.Number, letter.IssuedAt, letter.BodyHtml, letter.VerifyCode, await logos.DataUriAsync(ct), copy: true);

    /// <summary>The selected letters as one PDF to print (copies: the originals stay in the archive).</summary>
    public async Task<byte[]> BatchPdfAsync(Actor actor, IReadOnlyCollection<int> ids, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "print letters", PrintRoles);
        var letters = await register.LoadAsync(ids, ct);
        var logo = await logos.DataUriAsync(ct);
        var views = letters.Select(l => renderer.View(l.Content, l.Number, l.IssuedAt, l.BodyHtml, l.VerifyCode, logo)).ToList();
        var pdf = await renderer.PdfAsync(views, ct);
        await audit.RecordAsync(actor, "LettersPrinted", nameof(Letter), null, string.Join(",", letters.Select(l => l.Number)), ct);
        return pdf;
    }

    public async Task<byte[]> LabelsPdfAsync(Actor actor, IReadOnlyCollection<int> ids, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "print mailing labels", PrintRoles);
        var letters = await register.LoadAsync(ids, ct);
        return await renderer.LabelsPdfAsync(letters.Select(l => new MailingLabel(l.RecipientName, l.RecipientAddress, l.Number)).ToList(), ct);
    }

    public async Task<IReadOnlyList<LetterRow>> ListAsync(Actor actor, bool printQueue, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "read the letter register", PrintRoles);
        return await register.ListAsync(printQueue, ct: ct);
    }

    public async Task SetMailStatusAsync(Actor actor, IReadOnlyCollection<int> ids, MailStatus status, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "mark letters printed or mailed", PrintRoles);
        var count = await register.SetMailStatusAsync(ids, status, clock.GetUtcNow(), ct);
        await audit.RecordAsync(actor, "LetterMail" + status, nameof(Letter), null, $"{count}: {string.Join(",", ids)}", ct);
    }

    /// <summary>The letter as it would look with this wording: the same component as the PDF, marked draft.</summary>
    public async Task<string> PreviewHtmlAsync(LetterContent content, string? wording = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var body = wording ?? await templates.GetAsync(content.Type, content.IsArabic, ct);
        LetterTemplates.Validate(body);
        var html = LetterWording.ToHtml(body, WithStandardValues(content), content.IsArabic);
        var view = renderer.View(content, "0000/000000", clock.GetUtcNow(), html, "XXXXXXXX", await logos.DataUriAsync(ct), draft: true);
        return await renderer.HtmlAsync([view], screenFooter: true);
    }

    public async Task<string> ArchivedPreviewHtmlAsync(Actor actor, int id, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "read a letter", PrintRoles);
        var letter = await register.FindAsync(id, ct) ?? throw new KeyNotFoundException($"Letter {id}");
        await audit.RecordAsync(actor, "LetterViewed", nameof(Letter), id.ToString(System.Globalization.CultureInfo.InvariantCulture), letter.Number, ct);
        var view = renderer.View(letter.Content, letter.Number, letter.IssuedAt, letter.BodyHtml, letter.VerifyCode, await logos.DataUriAsync(ct));
        return await renderer.HtmlAsync([view], screenFooter: true);
    }
}
