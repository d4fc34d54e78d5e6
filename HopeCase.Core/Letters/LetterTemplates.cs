using HopeCase.Core.Audit;
using HopeCase.Core.Data;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Letters;

/// <summary>Each letter type's wording in Arabic and English: the association's own, else the default.</summary>
public sealed class LetterTemplates(IDbContextFactory<HopeDb> dbs, AuditLog audit, TimeProvider clock)
{
    public async Task<string> GetAsync(LetterType type, bool arabic, CancellationToken ct = default)
    {
        var culture = arabic ? "ar" : "en";
        await using var db = await dbs.CreateDbContextAsync(ct);
        var body = await db.Set<LetterTemplate>().AsNoTracking().Where(t => t.Type == type && t.Culture == culture).Select(t => t.Body).SingleOrDefaultAsync(ct);
        return body ?? DefaultWording.For(type, arabic);
    }

    /// <summary>Throws <see cref="LetterWordingException"/> when the wording uses an unknown placeholder or stray braces.</summary>
    public static void Validate(string body)
    {
        var unknown = LetterWording.UnknownPlaceholders(body);
        if (unknown.Count > 0)
        {
            throw new LetterWordingException(unknown);
        }
        if (LetterWording.HasStrayBraces(body))
        {
            throw new LetterWordingException(["{{ }}"]);
        }
    }

    public async Task SaveAsync(Actor actor, LetterType type, bool arabic, string body, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "edit letter wording", Roles.Admin);
        ArgumentException.ThrowIfNullOrWhiteSpace(body);
        Validate(body);
        var culture = arabic ? "ar" : "en";
        await using var db = await dbs.CreateDbContextAsync(ct);
        var row = await db.Set<LetterTemplate>().SingleOrDefaultAsync(t => t.Type == type && t.Culture == culture, ct);
        if (row is null)
        {
            row = new LetterTemplate { Type = type, Culture = culture };
            db.Add(row);
        }
        row.Body = body;
        row.UpdatedAt = clock.GetUtcNow();
        row.UpdatedBy = actor.UserName;
        audit.Add(db, actor, "LetterWordingChanged", nameof(LetterTemplate), $"{type}/{culture}");
        await db.SaveChangesAsync(ct);
    }
}
