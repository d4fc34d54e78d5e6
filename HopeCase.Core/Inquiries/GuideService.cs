using HopeCase.Core.Arabic;
using HopeCase.Core.Audit;
using HopeCase.Core.Data;
using HopeCase.Core.Requests;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Inquiries;

public sealed record FaqView(int Id, GuideKind Source, string QuestionAr, string AnswerAr, string? QuestionEn, string? AnswerEn);

public sealed record GuideView(GuideKind Kind, string FileName, DateTimeOffset UploadedAt, string? UploadedBy, int FileId, bool IsPublic = false, int TextLength = 0);

/// <summary>The four tools (P-5) and the FAQ drawn from them: kept by the Admin, searched by staff while answering.</summary>
public sealed class GuideService(IDbContextFactory<HopeDb> dbs, AuditLog audit, TimeProvider clock)
{
    private static readonly string[] Staff = [Roles.RelationsOfficer, Roles.ResearchOfficer, Roles.Manager, Roles.Admin, Roles.CommitteeMember];

    public async Task<IReadOnlyList<FaqView>> SearchAsync(Actor actor, string? query, int take = 20, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "search the guides", Staff);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var q = db.Faq.AsNoTracking().Where(f => f.IsActive);
        foreach (var token in ArabicText.Normalize(query).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            q = q.Where(f => f.SearchText.Contains(token));
        }
        return await q.OrderBy(f => f.Source).ThenBy(f => f.Id).Take(take)
            .Select(f => new FaqView(f.Id, f.Source, f.QuestionAr, f.AnswerAr, f.QuestionEn, f.AnswerEn)).ToListAsync(ct);
    }

    public async Task<int> SaveFaqAsync(Actor actor, int? id, GuideKind source, string questionAr, string answerAr, string? questionEn, string? answerEn, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "edit the FAQ", Roles.Admin);
        if (string.IsNullOrWhiteSpace(questionAr) || string.IsNullOrWhiteSpace(answerAr))
        {
            throw new ArgumentException("The Arabic question and answer are required.");
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        FaqEntry entry;
        if (id is { } existing)
        {
            entry = await db.Faq.SingleAsync(f => f.Id == existing, ct);
            entry.Edit(source, questionAr, answerAr, questionEn, answerEn);
        }
        else
        {
            entry = new FaqEntry(source, questionAr, answerAr, questionEn, answerEn);
            db.Faq.Add(entry);
        }
        await audit.SaveNewAsync(db, actor, "FaqSaved", "FaqEntry", () => entry.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), null, ct);
        return entry.Id;
    }

    /// <summary>Replaces one of the four tools with a new file (PDF checked by content).</summary>
    public async Task<UploadProblem> UploadGuideAsync(Actor actor, GuideKind kind, string fileName, byte[] content, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "upload a guide", Roles.Admin);
        var (problem, file) = FileInspector.Inspect(fileName, content, 20 * 1024 * 1024);
        if (file is null)
        {
            return problem;
        }
        var text = await GuideText.ExtractAsync(file.ContentType, content, ct);
        await using var db = await dbs.CreateDbContextAsync(ct);
        // A new version of a tool stays public if the one it replaces was.
        var wasPublic = await db.Guides.Where(g => g.Kind == kind).OrderByDescending(g => g.Id).Select(g => g.IsPublic).FirstOrDefaultAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Files.Add(file);
        await db.SaveChangesAsync(ct);
        db.Guides.Add(new GuideDocument(kind, file.Id, file.FileName, clock.GetUtcNow(), actor.UserName, text, wasPublic));
        audit.Add(db, actor, "GuideUploaded", "Guide", kind.ToString(), file.FileName);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return UploadProblem.None;
    }

    /// <summary>The latest file of each tool.</summary>
    public async Task<IReadOnlyList<GuideView>> GuidesAsync(CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var all = await db.Guides.AsNoTracking().OrderByDescending(g => g.Id).ToListAsync(ct);
        return all.GroupBy(g => g.Kind).Select(g => g.First()).OrderBy(g => g.Kind)
            .Select(g => new GuideView(g.Kind, g.FileName, g.UploadedAt, g.UploadedBy, g.StoredFileId, g.IsPublic, g.Text.Length)).ToList();
    }
}
