using HopeCase.Core.Data;
using HopeCase.Core.LiveUpdates;
using HopeCase.Core.Research;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Committee;

/// <summary>Issue 14 item 10: the chair records who attended (quorum counts those present); a member declares a conflict on an item.</summary>
public sealed partial class CommitteeService
{
    public async Task RecordAttendanceAsync(Actor actor, int sessionId, string memberUserId, bool present, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "record committee attendance", Roles.CommitteeMember);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var session = await db.CommitteeSessions.Include(s => s.Members).SingleAsync(s => s.Id == sessionId, ct);
        RequireChair(actor, session);
        var member = session.Members.FirstOrDefault(m => m.UserId == memberUserId) ?? throw new CaseRuleException("Committee.NotACommitteeMember");
        member.SetPresent(present);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(actor, present ? "MemberPresent" : "MemberAbsent", "CommitteeSession", Id(sessionId), memberUserId, ct);
        await notifier.PublishAsync(ChangeTopic.Committee);
    }

    /// <summary>The member's vote on the item, if any, is withdrawn; they cannot vote on it afterwards.</summary>
    public async Task DeclareConflictAsync(Actor actor, int itemId, string reason, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "declare a conflict of interest", Roles.CommitteeMember);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new CaseRuleException("Committee.ConflictReasonRequired");
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var item = await db.AgendaItems.Include(i => i.Votes).Include(i => i.Session).ThenInclude(s => s!.Members).SingleAsync(i => i.Id == itemId, ct);
        var member = item.Session!.Members.FirstOrDefault(m => m.UserId == actor.UserId) ?? throw new ForbiddenException("declare a conflict in a session you are not a member of");
        RequireOpen(item);
        if (!member.Present)
        {
            // An absent member takes no part in the item at all: there is nothing to be left out of.
            throw new CaseRuleException("Committee.AbsentCannotDeclare");
        }
        if (!await db.Set<ConflictDeclaration>().AnyAsync(c => c.AgendaItemId == itemId && c.MemberUserId == member.UserId, ct))
        {
            db.Add(new ConflictDeclaration(itemId, member.UserId, member.Name, reason, clock.GetUtcNow()));
        }
        item.WithdrawVote(member.UserId);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(actor, "ConflictDeclared", "SupportRequest", Id(item.SupportRequestId), reason.Trim(), ct);
        await notifier.PublishAsync(ChangeTopic.Committee);
    }

    internal static async Task<HashSet<string>> ConflictedAsync(HopeDb db, int itemId, CancellationToken ct) =>
        (await db.Set<ConflictDeclaration>().AsNoTracking().Where(c => c.AgendaItemId == itemId).Select(c => c.MemberUserId).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
}
