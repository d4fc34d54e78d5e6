using HopeCase.Core.Audit;
using HopeCase.Core.Data;
using HopeCase.Core.Letters;
using HopeCase.Core.Organisation;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HopeCase.Web.Features.Letters;

/// <summary>
/// Issues, shows and prints letters. The Intake and Committee code calls <see cref="IssueAsync"/>, usually through
/// <see cref="IssueLetterJob"/>; the register, print queue and template pages call the rest. Roles are checked here.
/// </summary>
public sealed class LetterService(LetterRegister register, LetterTemplates templates, LetterRenderer renderer, LogoStore logos,
    AuditLog audit, TimeProvider clock, IOptions<PolicyOptions> policy, IDbContextFactory<HopeDb> dbs)
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
        var (letter, _) = await register.IssueAsync(content, body, issuedAt, actor.UserName,
            (number, code, token) => renderer.PdfAsync([renderer.View(content, number.Text, issuedAt, body, code, logo)], token),
            (db, issued) => audit.Add(db, actor, "LetterIssued", nameof(Letter), Id(issued.Id), $"{issued.Number} {issued.Type} sha256:{issued.Sha256}"), ct);
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
        await RequireLettersAsync(actor, [id], "download a letter", ct);
        await audit.RecordAsync(actor, "LetterDownloaded", nameof(Letter), id.ToString(System.Globalization.CultureInfo.InvariantCulture), letter.Number, ct);
        return letter;
    }

    /// <summary>A fresh rendering of what was issued, marked "نسخة / COPY"; the archived original is not touched.</summary>
    public async Task<(Letter Letter, byte[] Pdf)> ReprintAsync(Actor actor, int id, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "reprint a letter", PrintRoles);
        var letter = await register.FindAsync(id, ct) ?? throw new KeyNotFoundException($"Letter {id}");
        await RequireLettersAsync(actor, [id], "reprint a letter", ct);
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
        await RequireBatchAsync(actor, ids, "print letters", ct);
        var letters = await register.LoadAsync(ids, ct);
        var logo = await logos.DataUriAsync(ct);
        var views = letters.Select(l => renderer.View(l.Content, l.Number, l.IssuedAt, l.BodyHtml, l.VerifyCode, logo)).ToList();
        var pdf = await renderer.PdfAsync(views, ct);
        await audit.RecordShownAsync(actor, "LettersPrinted", nameof(Letter), letters.Select(l => l.Id), ct: ct);
        return pdf;
    }

    public async Task<byte[]> LabelsPdfAsync(Actor actor, IReadOnlyCollection<int> ids, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "print mailing labels", PrintRoles);
        await RequireBatchAsync(actor, ids, "print mailing labels", ct);
        var letters = await register.LoadAsync(ids, ct);
        var pdf = await renderer.LabelsPdfAsync(letters.Select(l => new MailingLabel(l.RecipientName, l.RecipientAddress, l.Number)).ToList(), ct);
        await audit.RecordShownAsync(actor, "LabelsPrinted", nameof(Letter), letters.Select(l => l.Id), ct: ct);
        return pdf;
    }

    public async Task<IReadOnlyList<LetterRow>> ListAsync(Actor actor, bool printQueue, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "read the letter register", PrintRoles);
        var rows = await register.ListAsync(printQueue, actor, ct: ct);
        await audit.RecordShownAsync(actor, printQueue ? "PrintQueueListed" : "LettersListed", nameof(Letter), rows.Select(r => r.Id), ct: ct);
        return rows;
    }

    public async Task SetMailStatusAsync(Actor actor, IReadOnlyCollection<int> ids, MailStatus status, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "mark letters printed or mailed", PrintRoles);
        await RequireBatchAsync(actor, ids, "mark letters printed or mailed", ct);
        await register.SetMailStatusAsync(ids, status, clock.GetUtcNow(),
            (db, count) => audit.Add(db, actor, "LetterMail" + status, nameof(Letter), null, $"{count}: {string.Join(",", ids)}"), ct);
    }

    /// <summary>The letters follow the access of the request or file they belong to (<see cref="LetterAccess"/>).</summary>
    private async Task RequireLettersAsync(Actor actor, IReadOnlyCollection<int> ids, string operation, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await LetterAccess.RequireAsync(db, actor, ids, operation, ct);
    }

    private Task RequireBatchAsync(Actor actor, IReadOnlyCollection<int> ids, string operation, CancellationToken ct)
    {
        LetterAccess.RequireBatchSize(ids);
        return RequireLettersAsync(actor, ids, operation, ct);
    }

    private static string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

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
        await RequireLettersAsync(actor, [id], "read a letter", ct);
        await audit.RecordAsync(actor, "LetterViewed", nameof(Letter), id.ToString(System.Globalization.CultureInfo.InvariantCulture), letter.Number, ct);
        var view = renderer.View(letter.Content, letter.Number, letter.IssuedAt, letter.BodyHtml, letter.VerifyCode, await logos.DataUriAsync(ct));
        return await renderer.HtmlAsync([view], screenFooter: true);
    }
}
