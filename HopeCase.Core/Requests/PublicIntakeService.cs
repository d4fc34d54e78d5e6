using System.Globalization;
using HopeCase.Core.Arabic;
using HopeCase.Core.Audit;
using HopeCase.Core.Beneficiaries;
using HopeCase.Core.Contacts;
using HopeCase.Core.Data;
using HopeCase.Core.LiveUpdates;
using HopeCase.Core.Saudi;
using HopeCase.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Requests;

public sealed record PublicUpload(int RequirementId, string FileName, byte[] Content, DateOnly? ExpiresOn);

public sealed record PublicApplication(BeneficiaryInput Applicant, int SupportTypeId, string Description, bool DeclarationAccepted,
    IReadOnlyList<PublicUpload> Uploads, CultureInfo Culture);

public sealed record ApplyResult(string? Reference, IReadOnlyList<string> Errors);

/// <summary>What /track may reveal: the status and the due date, nothing personal; and the moves the website may make on it (an appeal).</summary>
public sealed record TrackView(string Reference, RequestStatus Status, DateTimeOffset? DueAt, DateTimeOffset? SubmittedAt, IReadOnlyList<RequestTrigger> Moves);

/// <summary>The website channel (P-3.4, P-4.7): apply from anywhere, follow the request. Acts as the system, never as staff.</summary>
public sealed class PublicIntakeService(IDbContextFactory<HopeDb> dbs, RequestIntakeService intake,
    AuditLog audit, TimeProvider clock, ChangeNotifier notifier)
{
    public async Task<ApplyResult> ApplyAsync(PublicApplication app, string? origin, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        var system = Actor.System with { Origin = origin, UserName = Organisation.Terms.WebsiteAr };
        var errors = BeneficiaryRules.Validate(app.Applicant).ToList();
        if (string.IsNullOrWhiteSpace(app.Description))
        {
            errors.Add("Description.Required");
        }
        if (!app.DeclarationAccepted)
        {
            errors.Add("Declaration.Missing");
        }
        var catalogue = await intake.CatalogueAsync(ct);
        var type = catalogue.FirstOrDefault(t => t.Id == app.SupportTypeId);
        if (type is null)
        {
            errors.Add("SupportType.Required");
        }
        var files = new List<(PublicUpload Upload, StoredFile File)>();
        foreach (var upload in app.Uploads)
        {
            var (problem, file) = FileInspector.Inspect(upload.FileName, upload.Content, intake.MaxUploadBytes);
            if (file is null)
            {
                errors.Add($"Upload.{problem}");
                continue;
            }
            files.Add((upload, file));
        }
        if (errors.Count > 0)
        {
            return new ApplyResult(null, errors.Distinct().ToList());
        }
        try
        {
            return await SaveAsync(app, files, system, ct);
        }
        catch (DbUpdateException)
        {
            // Two applications with the same new ID at once: the unique index decided; the second joins the file the first made.
            if (!await KnownIdAsync(app, ct))
            {
                throw;
            }
            return await SaveAsync(app, files, system, ct);
        }
    }

    /// <summary>
    /// The beneficiary (when the ID is new), the request with its reference and first timeline event, the documents,
    /// the declaration and every audit entry commit in one transaction, or nothing is left (docs/adr/0018). The
    /// uploads are rows of that same transaction: no file reaches the disk.
    /// </summary>
    private async Task<ApplyResult> SaveAsync(PublicApplication app, List<(PublicUpload Upload, StoredFile File)> files, Actor system, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // A known ID joins the existing file without changing it or telling the visitor it exists.
        var nid = SaudiNationalId.Parse(app.Applicant.NationalId).Value;
        var beneficiaryId = await db.Beneficiaries.Where(b => b.NationalId == nid).Select(b => b.Id).FirstOrDefaultAsync(ct);
        if (beneficiaryId == 0)
        {
            var file = BeneficiaryRules.NewFile(app.Applicant, now, system.UserName);
            db.Beneficiaries.Add(file);
            await audit.SaveNewAsync(db, system, "BeneficiaryCreated", "Beneficiary", () => file.Id.ToString(CultureInfo.InvariantCulture), "from the website", ct);
            beneficiaryId = file.Id;
        }
        var request = new SupportRequest(beneficiaryId, app.SupportTypeId, app.Description, ContactChannel.Website, fromWebsite: true, now, system);
        db.Requests.Add(request);
        await db.SaveChangesAsync(ct);
        request.SetReference($"{HijriDate.FromGregorian(SaudiTime.LocalDate(now)).Year}-{request.Id:000000}");
        var requestId = request.Id.ToString(CultureInfo.InvariantCulture);
        audit.Add(db, system, "RequestReceivedFromWebsite", "SupportRequest", requestId, request.Reference);
        foreach (var (upload, file) in files)
        {
            request.AddDocument(new RequestDocument(upload.RequirementId, file, upload.ExpiresOn, now, system.UserName));
            audit.Add(db, system, "DocumentAdded", "SupportRequest", requestId, AuditText.Term(file.FileName));
        }
        request.Sign(new Declaration(intake.DeclarationText(app.Culture), SignatureKind.TypedOnWebsite, null, app.Applicant.Name.Full.Trim(), null, null, now));
        audit.Add(db, system, "DeclarationSigned", "SupportRequest", requestId, nameof(SignatureKind.TypedOnWebsite));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        await notifier.PublishAsync(ChangeTopic.Requests);
        return new ApplyResult(PublicReferences.Display(request.PublicReference), []);
    }

    private async Task<bool> KnownIdAsync(PublicApplication app, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var nid = SaudiNationalId.Parse(app.Applicant.NationalId).Value;
        return await db.Beneficiaries.AnyAsync(b => b.NationalId == nid, ct);
    }

    /// <summary>
    /// Status by public reference plus the last four digits of the ID; a wrong pair looks exactly like an unknown
    /// reference. The moves offered are the website's (an appeal) and the applicant's own withdrawal while the request is open.
    /// </summary>
    public async Task<TrackView?> TrackAsync(string reference, string idLastFour, string? origin, CancellationToken ct = default)
    {
        var id = await FindAsync(dbs, reference, idLastFour, ct);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var found = id is null ? null : await db.Requests.AsNoTracking().Where(r => r.Id == id)
            .Select(r => new { r.Id, r.PublicReference, r.Status, r.DueAt, r.SubmittedAt }).SingleAsync(ct);
        var website = Actor.System with { Origin = origin, UserName = Organisation.Terms.WebsiteAr };
        await audit.RecordAsync(website, found is null ? "TrackMiss" : "TrackHit", "SupportRequest", found?.Id.ToString(CultureInfo.InvariantCulture),
            AuditText.Term(PublicReferences.Normalize(reference) ?? "(not a reference)"), ct);
        if (found is null)
        {
            return null;
        }
        return new TrackView(PublicReferences.Display(found.PublicReference), found.Status, found.DueAt, found.SubmittedAt,
            RequestLifecycle.MovesFor(website, found.Status));
    }

    /// <summary>The request behind a public reference and the last four ID digits, or null (an unknown reference and a wrong pair alike).</summary>
    public static async Task<int?> FindAsync(IDbContextFactory<HopeDb> dbs, string? reference, string? idLastFour, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(dbs);
        var key = PublicReferences.Normalize(reference);
        var last4 = ArabicDigits.DigitsOnly(idLastFour ?? "");
        if (key is null || last4.Length != 4)
        {
            return null;
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var ids = await db.Requests.AsNoTracking().Where(r => r.PublicReference == key && r.Beneficiary!.NationalId.EndsWith(last4))
            .Select(r => r.Id).Take(2).ToListAsync(ct);
        return ids.Count == 1 ? ids[0] : null;
    }
}
