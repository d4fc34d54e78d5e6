using HopeCase.Core.Audit;
using HopeCase.Core.Data;
using HopeCase.Core.Requests;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Inquiries;

public sealed record GuideHit(GuideKind Kind, string FileName, IReadOnlyList<string> Lines);

/// <summary>
/// The four tools (P-5) as their readers meet them: staff open them and search their text while answering, and the
/// public pages offer the ones the association marked public. Every download is audited; only a public one is anonymous.
/// </summary>
public sealed class GuideLibrary(IDbContextFactory<HopeDb> dbs, AuditLog audit)
{
    public static readonly string[] Readers = [Roles.RelationsOfficer, Roles.ResearchOfficer, Roles.Manager, Roles.Admin, Roles.CommitteeMember];

    /// <summary>The tools whose current text holds every word of <paramref name="query"/> in the Arabic normal form.</summary>
    public async Task<IReadOnlyList<GuideHit>> SearchAsync(Actor actor, string? query, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "search the guides", Readers);
        var tokens = GuideText.SearchForm(query).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0)
        {
            return [];
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var current = await CurrentAsync(db, ct);
        return current.Where(g => tokens.All(t => g.SearchText.Contains(t, StringComparison.Ordinal)))
            .Select(g => new GuideHit(g.Kind, g.FileName, GuideText.MatchingLines(g.Text, tokens))).ToList();
    }

    /// <summary>The current file of a tool for a member of staff, audited.</summary>
    public async Task<StoredFile?> OpenAsync(Actor actor, GuideKind kind, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "read a guide", Readers);
        return await FileAsync(actor, kind, publicOnly: false, ct);
    }

    /// <summary>The current file of a tool for anyone, only when it is marked public; the download is audited without a user.</summary>
    public async Task<StoredFile?> OpenPublicAsync(GuideKind kind, string? origin, CancellationToken ct = default) =>
        await FileAsync(new Actor(null, null, new HashSet<string>(), origin), kind, publicOnly: true, ct);

    /// <summary>The public tools, for the public pages.</summary>
    public async Task<IReadOnlyList<GuideView>> PublicAsync(CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return (await CurrentAsync(db, ct)).Where(g => g.IsPublic)
            .Select(g => new GuideView(g.Kind, g.FileName, g.UploadedAt, null, g.StoredFileId, true, g.Text.Length)).ToList();
    }

    /// <summary>The Admin marks a tool public (linked from the public pages) or staff-only.</summary>
    public async Task SetPublicAsync(Actor actor, GuideKind kind, bool isPublic, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "publish a guide", Roles.Admin);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var guide = await db.Guides.Where(g => g.Kind == kind).OrderByDescending(g => g.Id).FirstOrDefaultAsync(ct)
            ?? throw new InvalidOperationException("The guide has not been uploaded yet.");
        guide.SetPublic(isPublic);
        audit.Add(db, actor, isPublic ? "GuidePublished" : "GuideUnpublished", "Guide", kind.ToString(), guide.FileName);
        await db.SaveChangesAsync(ct);
    }

    private async Task<StoredFile?> FileAsync(Actor actor, GuideKind kind, bool publicOnly, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var guide = await db.Guides.AsNoTracking().Where(g => g.Kind == kind).OrderByDescending(g => g.Id)
            .Select(g => new { g.StoredFileId, g.IsPublic }).FirstOrDefaultAsync(ct);
        if (guide is null || (publicOnly && !guide.IsPublic))
        {
            return null;
        }
        var file = await db.Files.AsNoTracking().SingleAsync(f => f.Id == guide.StoredFileId, ct);
        audit.Add(db, actor, publicOnly ? "GuideDownloadedPublic" : "GuideDownloaded", "Guide", kind.ToString(), file.FileName);
        await db.SaveChangesAsync(ct);
        return file;
    }

    private static async Task<List<GuideDocument>> CurrentAsync(HopeDb db, CancellationToken ct)
    {
        var latest = await db.Guides.GroupBy(g => g.Kind).Select(g => g.Max(x => x.Id)).ToListAsync(ct);
        return await db.Guides.AsNoTracking().Where(g => latest.Contains(g.Id)).OrderBy(g => g.Kind).ToListAsync(ct);
    }
}
