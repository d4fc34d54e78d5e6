using HopeCase.Core.Data;
using HopeCase.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Audit;

public sealed record AuditView(DateTimeOffset At, string? UserName, string Action, string? EntityType, string? EntityId, string? Details, string? Origin);

/// <summary>Writes and reads the audit trail.</summary>
public sealed class AuditLog(IDbContextFactory<HopeDb> dbs, TimeProvider clock)
{
    public async Task RecordAsync(Actor actor, string action, string? entityType = null, string? entityId = null, string? details = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), actor.UserId, actor.UserName, action, entityType, entityId, details, actor.Origin));
        await db.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<AuditView>> LatestAsync(int take, string? entityType = null, string? entityId = null, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var query = db.AuditEntries.AsNoTracking();
        if (entityType is not null)
        {
            query = query.Where(a => a.EntityType == entityType);
        }
        if (entityId is not null)
        {
            query = query.Where(a => a.EntityId == entityId);
        }
        return await query.OrderByDescending(a => a.Id).Take(take)
            .Select(a => new AuditView(a.At, a.UserName, a.Action, a.EntityType, a.EntityId, a.Details, a.Origin))
            .ToListAsync(ct);
    }
}
