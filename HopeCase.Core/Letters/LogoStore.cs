using HopeCase.Core.Audit;
using HopeCase.Core.Data;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Letters;

/// <summary>The letterhead logo: PNG or JPEG only, recognised by its first bytes (not its name), at most 512 KB.</summary>
public sealed class LogoStore(IDbContextFactory<HopeDb> dbs, AuditLog audit, TimeProvider clock)
{
    public const int MaxBytes = 512 * 1024;

    public static string? Sniff(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return "image/png";
        }
        return bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? "image/jpeg" : null;
    }

    public async Task SaveAsync(Actor actor, byte[] bytes, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "change the letterhead logo", Roles.Admin);
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length == 0 || bytes.Length > MaxBytes)
        {
            throw new LogoRejectedException($"يجب ألا يتجاوز حجم الشعار {MaxBytes / 1024} كيلوبايت / The logo must be at most {MaxBytes / 1024} KB.");
        }
        var type = Sniff(bytes) ?? throw new LogoRejectedException("الشعار يجب أن يكون صورة PNG أو JPEG / The logo must be a PNG or JPEG image.");
        await using var db = await dbs.CreateDbContextAsync(ct);
        var row = await db.Set<OrganisationLogo>().SingleOrDefaultAsync(ct);
        if (row is null)
        {
            row = new OrganisationLogo();
            db.Add(row);
        }
        (row.Bytes, row.ContentType, row.UploadedAt, row.UploadedBy) = (bytes, type, clock.GetUtcNow(), actor.UserName);
        audit.Add(db, actor, "LogoChanged", nameof(OrganisationLogo), "1", $"{type}, {bytes.Length} bytes");
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A data URI for the letterhead, or null when no logo was uploaded (the letter shows a neutral mark).</summary>
    public async Task<string?> DataUriAsync(CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var row = await db.Set<OrganisationLogo>().AsNoTracking().SingleOrDefaultAsync(ct);
        return row is null ? null : $"data:{row.ContentType};base64,{Convert.ToBase64String(row.Bytes)}";
    }
}
