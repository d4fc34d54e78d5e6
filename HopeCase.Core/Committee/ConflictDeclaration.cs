namespace HopeCase.Core.Committee;

/// <summary>A member's declared conflict of interest on one agenda item: they are left out of its vote (issue 14 item 10).</summary>
public sealed class ConflictDeclaration
{
    private ConflictDeclaration()
    {
    }

    public ConflictDeclaration(int agendaItemId, string memberUserId, string? memberName, string reason, DateTimeOffset at) =>
        (AgendaItemId, MemberUserId, MemberName, Reason, DeclaredAt) = (agendaItemId, memberUserId, memberName, reason.Trim(), at);

    public int Id { get; private set; }
    public int AgendaItemId { get; private set; }
    public string MemberUserId { get; private set; } = "";
    public string? MemberName { get; private set; }
    public string Reason { get; private set; } = "";
    public DateTimeOffset DeclaredAt { get; private set; }
}
