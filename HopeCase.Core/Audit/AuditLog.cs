using System.Globalization;
using HopeCase.Core.Data;
using HopeCase.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Audit;

public sealed record AuditView(long? Seq, DateTimeOffset At, string? UserName, string Action, string? EntityType, string? EntityId, string? Details, string? Origin, string? Changes);

/// <summary>
/// Writes and reads the audit trail. A change is audited with <see cref="Add"/> on the context that saves it, so the
/// entry commits or fails with the change (docs/adr/0018); a read is audited with <see cref="RecordAsync"/> or, for a
/// list, RecordShownAsync with the ids it showed.
/// </summary>
public sealed class AuditLog(IDbContextFactory<HopeDb> dbs, TimeProvider clock)
{
    /// <summary>Ids listed per entry; a longer list is cut with its count kept.</summary>
    public const int MaxIds = 200;

    /// <summary>Search terms and free details are cut to this length, national IDs in them masked.</summary>
    public const int MaxDetails = 300;

    /// <summary>Adds the entry to <paramref name="db"/>: it is written by the caller's next SaveChanges, in the same transaction.</summary>
    public void Add(HopeDb db, Actor actor, string action, string? entityType = null, string? entityId = null, string? details = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(actor);
        db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), actor.UserId, actor.UserName, action, entityType, entityId, Clean(details), actor.Origin));
    }

    /// <summary>
    /// Saves a change that creates the record the entry names: the change and the entry commit in one transaction,
    /// the entry carrying the new record's id and the change's values.
    /// </summary>
    public async Task SaveNewAsync(HopeDb db, Actor actor, string action, string entityType, Func<string> entityId, string? details = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(entityId);
        var changes = AuditChanges.Describe(db);
        await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        await db.SaveChangesAsync(ct);
        var entry = new AuditEntry(clock.GetUtcNow(), actor?.UserId, actor?.UserName, action, entityType, entityId(), Clean(details), actor?.Origin);
        entry.SetChanges(changes);
        db.AuditEntries.Add(entry);
        await db.SaveChangesAsync(ct);
        if (tx is not null)
        {
            await tx.CommitAsync(ct);
        }
    }

    /// <summary>Writes an entry on its own: for reads, and for events that change nothing else.</summary>
    public async Task RecordAsync(Actor actor, string action, string? entityType = null, string? entityId = null, string? details = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await dbs.CreateDbContextAsync(ct);
        Add(db, actor, action, entityType, entityId, details);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A list page was shown: records which records it showed (and the search, cut and masked).</summary>
    public Task RecordShownAsync(Actor actor, string action, string entityType, IEnumerable<int> ids, string? search = null, CancellationToken ct = default) =>
        RecordShownAsync(actor, action, entityType, ids.Select(i => i.ToString(CultureInfo.InvariantCulture)), search, ct);

    public Task RecordShownAsync(Actor actor, string action, string entityType, IEnumerable<string> ids, string? search = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return WriteAsync(ShownEntry(actor, action, entityType, ids, search), ct);
    }

    /// <summary>
    /// The entry of a list page appended at once in <paramref name="db"/>'s open write transaction, without a
    /// SaveChanges (<see cref="AuditAppend"/>): for a read whose only write is this entry, so the page and its audit
    /// commit together.
    /// </summary>
    public Task AppendShownAsync(HopeDb db, Actor actor, string action, string entityType, IEnumerable<int> ids, string? search = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(actor);
        return AuditAppend.AppendAsync(db, ShownEntry(actor, action, entityType, ids.Select(i => i.ToString(CultureInfo.InvariantCulture)), search), ct);
    }

    // The id list is written whole (up to MaxIds); only the search is free text, cut and masked by AuditText.Term.
    private AuditEntry ShownEntry(Actor actor, string action, string entityType, IEnumerable<string> ids, string? search) =>
        new(clock.GetUtcNow(), actor.UserId, actor.UserName, action, entityType, null,
            Shown(ids) + (string.IsNullOrWhiteSpace(search) ? "" : " search:" + AuditText.Term(search)), actor.Origin);

    private async Task WriteAsync(AuditEntry entry, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.AuditEntries.Add(entry);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The ids a read showed, as list entries write them: <c>shown:3[4,7,9]</c>, cut at <see cref="MaxIds"/> with the count kept.</summary>
    public static string Shown(IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var list = ids.Distinct(StringComparer.Ordinal).ToList();
        return $"shown:{list.Count}[{string.Join(",", list.Take(MaxIds))}{(list.Count > MaxIds ? $",…(+{list.Count - MaxIds})" : "")}]";
    }

    /// <summary>The latest entries, for administrators and managers; reading the trail is itself audited.</summary>
    public async Task<IReadOnlyList<AuditView>> LatestAsync(Actor actor, int take, string? entityType = null, string? entityId = null, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "read the audit trail", Staff.Roles.Admin, Staff.Roles.Manager);
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
        var rows = await query.OrderByDescending(a => a.Id).Take(take)
            .Select(a => new AuditView(a.Seq, a.At, a.UserName, a.Action, a.EntityType, a.EntityId, a.Details, a.Origin, a.Changes))
            .ToListAsync(ct);
        await RecordShownAsync(actor, "AuditTrailRead", "AuditEntry", rows.Select(r => (r.Seq ?? 0).ToString(CultureInfo.InvariantCulture)), entityType is null ? null : $"{entityType} {entityId}", ct);
        return rows;
    }

    private static string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }
        text = AuditText.Mask(text);
        return text.Length <= MaxDetails ? text : text[..MaxDetails] + "…";
    }
}
