using HopeCase.Core.Data;

namespace HopeCase.Core.Audit;

/// <summary>
/// One line of the audit trail: who did or read what, and when. Never updated, never deleted: triggers refuse it in
/// the database, and each row carries an HMAC chained to the previous one (<see cref="AuditChain"/>).
/// </summary>
public sealed class AuditEntry : IWriteOnce
{
    private AuditEntry()
    {
    }

    public AuditEntry(DateTimeOffset at, string? userId, string? userName, string action, string? entityType, string? entityId, string? details, string? origin = null)
    {
        At = at;
        UserId = userId;
        UserName = userName;
        Action = action;
        EntityType = entityType;
        EntityId = entityId;
        // The last net: whatever a caller wrote, no national ID or mobile is stored whole (AuditText.Mask).
        Details = details is null ? null : AuditText.Mask(details);
        Origin = origin;
    }

    public long Id { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string? UserId { get; private set; }
    public string? UserName { get; private set; }
    public string Action { get; private set; } = "";
    public string? EntityType { get; private set; }
    public string? EntityId { get; private set; }
    public string? Details { get; private set; }

    /// <summary>Where the request came from (the client's address), when known.</summary>
    public string? Origin { get; private set; }

    /// <summary>Before and after values of the fields changed in the same save, as JSON; national IDs and secrets masked.</summary>
    public string? Changes { get; private set; }

    /// <summary>Position in the chain, 1, 2, 3, … without gaps; null only for rows written before the chain existed.</summary>
    public long? Seq { get; private set; }

    public string? PrevHash { get; private set; }
    public string? Hash { get; private set; }

    internal void SetChanges(string? changes) => Changes ??= changes;

    /// <summary>Places the row in the chain. The instant is cut to what the database keeps, so the hash reads back the same.</summary>
    internal void Seal(long seq, string prevHash, byte[] key)
    {
        At = new DateTimeOffset(At.Ticks / 1000 * 1000, At.Offset);
        Seq = seq;
        PrevHash = prevHash;
        Hash = AuditChain.HashOf(this, key);
    }
}
