using System.Globalization;
using HopeCase.Core.Audit;
using HopeCase.Core.Contacts;
using HopeCase.Core.Data;
using HopeCase.Core.Letters;
using HopeCase.Core.LiveUpdates;
using HopeCase.Core.Organisation;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HopeCase.Core.Requests;

public sealed record RequirementView(int Id, string NameAr, string NameEn, bool HasExpiry);

public sealed record SupportTypeView(int Id, string Code, string NameAr, string NameEn, IReadOnlyList<RequirementView> Requirements);

public sealed record DocumentView(int Id, int? RequirementId, string FileName, string ContentType, long Size, DateOnly? ExpiresOn, DateTimeOffset UploadedAt);

public sealed record EventView(DateTimeOffset At, string? UserName, RequestStatus? From, RequestStatus To, string? Note);

[PersonalData]
public sealed record RequestView(
    int Id, string? Reference, int BeneficiaryId, string BeneficiaryName, int SupportTypeId, string SupportTypeAr, string SupportTypeEn,
    string Description, ContactChannel Channel, RequestStatus Status, bool IsCritical, DateTimeOffset CreatedAt,
    DateTimeOffset? SubmittedAt, DateTimeOffset? DueAt, int Version, bool HasDeclaration, SignatureKind? SignatureKind, string? SignerName,
    DateTimeOffset? SignedAt, IReadOnlyList<DocumentView> Documents, IReadOnlyList<EventView> Events, bool TakesDocuments, IReadOnlyList<RequestTrigger> Moves,
    string? PublicReference = null);

/// <summary>Staff-side intake of support requests: draft, documents, declaration, submission (P-6.2, P-6.4, P-6.5).</summary>
public sealed partial class RequestIntakeService(IDbContextFactory<HopeDb> dbs, AuditLog audit, TimeProvider clock,
    IOptions<PolicyOptions> policy, IOptions<IntakeOptions> intake, ChangeNotifier notifier, ILetterQueue letters)
{
    public static readonly string[] ReadRoles = [Roles.RelationsOfficer, Roles.ResearchOfficer, Roles.Manager, Roles.CommitteeMember];

    public async Task<IReadOnlyList<SupportTypeView>> CatalogueAsync(CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var types = await db.SupportTypes.AsNoTracking().Where(t => t.IsActive).Include(t => t.Requirements).OrderBy(t => t.Id).ToListAsync(ct);
        return types.Select(t => new SupportTypeView(t.Id, t.Code, t.NameAr, t.NameEn,
            t.Requirements.OrderBy(r => r.Id).Select(r => new RequirementView(r.Id, r.NameAr, r.NameEn, r.HasExpiry)).ToList())).ToList();
    }

    public async Task<int> CreateDraftAsync(Actor actor, int beneficiaryId, int supportTypeId, string description, ContactChannel channel, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "open a support request", Roles.RelationsOfficer);
        await using var db = await dbs.CreateDbContextAsync(ct);
        if (!await db.Beneficiaries.AnyAsync(b => b.Id == beneficiaryId, ct) || !await db.SupportTypes.AnyAsync(t => t.Id == supportTypeId && t.IsActive, ct))
        {
            throw new KeyNotFoundException("Unknown beneficiary or support type.");
        }
        var request = new SupportRequest(beneficiaryId, supportTypeId, description, channel, fromWebsite: false, clock.GetUtcNow(), actor);
        db.Requests.Add(request);
        await audit.SaveNewAsync(db, actor, "RequestDrafted", "SupportRequest", () => Id(request.Id), $"beneficiary {beneficiaryId}", ct);
        return request.Id;
    }

    /// <summary>Adds an upload after checking its content and size; returns the problem, if any.</summary>
    public async Task<UploadProblem> AddDocumentAsync(Actor actor, int requestId, int? requirementId, string fileName, byte[] content, DateOnly? expiresOn, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "add a document", Roles.RelationsOfficer, Roles.System);
        var (problem, file) = FileInspector.Inspect(fileName, content, intake.Value.MaxUploadBytes);
        if (file is null)
        {
            await audit.RecordAsync(actor, "UploadRefused", "SupportRequest", Id(requestId), $"{problem}: {AuditText.Term(fileName)}", ct);
            return problem;
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var request = await db.Requests.Include(r => r.Documents).SingleAsync(r => r.Id == requestId, ct);
        request.AddDocument(new RequestDocument(requirementId, file, expiresOn, clock.GetUtcNow(), actor.UserName));
        audit.Add(db, actor, "DocumentAdded", "SupportRequest", Id(requestId), AuditText.Term(file.FileName));
        await db.SaveChangesAsync(ct);
        return UploadProblem.None;
    }

    /// <summary>The largest upload accepted (Intake:MaxUploadBytes).</summary>
    public long MaxUploadBytes => intake.Value.MaxUploadBytes;

    public string DeclarationText(CultureInfo culture) =>
        culture?.TwoLetterISOLanguageName == "en" ? intake.Value.DeclarationEn : intake.Value.DeclarationAr;

    /// <summary>Stores the signed declaration with the exact text shown, once (P-6.4).</summary>
    public async Task SignAsync(Actor actor, int requestId, SignatureKind kind, byte[]? signature, string signerName, CultureInfo culture, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "take a declaration", Roles.RelationsOfficer, Roles.System);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var request = await db.Requests.Include(r => r.Declaration).SingleAsync(r => r.Id == requestId, ct);
        int? fileId = null;
        if (signature is not null)
        {
            var (problem, file) = FileInspector.Inspect(kind == SignatureKind.DrawnOnScreen ? "signature.png" : "signed-declaration", signature, intake.Value.MaxUploadBytes);
            if (file is null || (kind == SignatureKind.DrawnOnScreen && file.ContentType != "image/png"))
            {
                throw new InvalidOperationException($"The signature is not acceptable: {problem}.");
            }
            db.Files.Add(file);
            await db.SaveChangesAsync(ct);
            fileId = file.Id;
        }
        else if (kind != SignatureKind.TypedOnWebsite)
        {
            throw new InvalidOperationException("A drawn or uploaded signature is required.");
        }
        request.Sign(new Declaration(DeclarationText(culture), kind, fileId, signerName.Trim(),
            kind == SignatureKind.TypedOnWebsite ? null : actor.UserId, kind == SignatureKind.TypedOnWebsite ? null : actor.UserName, clock.GetUtcNow()));
        audit.Add(db, actor, "DeclarationSigned", "SupportRequest", Id(requestId), kind.ToString());
        await db.SaveChangesAsync(ct);
    }

    public async Task<RequestView?> GetAsync(Actor actor, int requestId, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "read a request", ReadRoles);
        await using var db = await dbs.CreateDbContextAsync(ct);
        await RequestAccess.RequireRequestAsync(db, actor, requestId, "read a request", ct);
        var r = await db.Requests.AsNoTracking().AsSplitQuery().Include(x => x.Beneficiary).Include(x => x.SupportType)
            .Include(x => x.Declaration).Include(x => x.Documents).Include(x => x.Events).SingleOrDefaultAsync(x => x.Id == requestId, ct);
        if (r is null)
        {
            return null;
        }
        await audit.RecordAsync(actor, "RequestRead", "SupportRequest", Id(requestId), $"beneficiary {r.BeneficiaryId}", ct);
        return new RequestView(r.Id, r.Reference, r.BeneficiaryId, r.Beneficiary!.FullName, r.SupportTypeId, r.SupportType!.NameAr, r.SupportType.NameEn,
            r.Description, r.Channel, r.Status, r.IsCritical, r.CreatedAt, r.SubmittedAt, r.DueAt, r.Version, r.Declaration is not null,
            r.Declaration?.Kind, r.Declaration?.SignerName, r.Declaration?.SignedAt,
            r.Documents.OrderBy(d => d.Id).Select(d => new DocumentView(d.Id, d.RequirementId, d.FileName, d.ContentType, d.Size, d.ExpiresOn, d.UploadedAt)).ToList(),
            r.Events.OrderBy(e => e.Id).Select(e => new EventView(e.At, e.UserName, e.From, e.To, e.Note)).ToList(),
            RequestLifecycle.TakesDocuments(r.Status), RequestLifecycle.MovesFor(actor, r), PublicReferences.Display(r.PublicReference));
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
