using HopeCase.Core.Data;

namespace HopeCase.Core.Audit;

/// <summary>One line of the audit trail: who did or read what, and when. Never updated, never deleted.</summary>
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
        Details = details;
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
}
