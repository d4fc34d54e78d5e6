using System.Globalization;
using HopeCase.Core.Audit;
using HopeCase.Core.Data;
using HopeCase.Core.Deadlines;
using HopeCase.Core.Letters;
using HopeCase.Core.LiveUpdates;
using HopeCase.Core.Organisation;
using HopeCase.Core.Requests;
using HopeCase.Core.Research;
using HopeCase.Core.Saudi;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HopeCase.Core.Committee;

/// <summary>
/// The research committee (P-6.5): sessions, agenda (critical then oldest), votes, decisions with reasons, minutes,
/// and appeals. The chair of a session schedules, builds the agenda, decides and closes it; members vote.
/// </summary>
public sealed partial class CommitteeService(IDbContextFactory<HopeDb> dbs, AuditLog audit, TimeProvider clock, IOptions<PolicyOptions> policy,
    ChangeNotifier notifier, ILetterQueue letters, IDeadlineScheduler deadlines)
{
    /// <summary>Who gets the chair's reminders: the chair of the next scheduled session, else of the last one.</summary>
    public static async Task<string?> CurrentChairAsync(HopeDb db, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.CommitteeSessions.AsNoTracking().Where(s => s.Status == SessionStatus.Scheduled).OrderBy(s => s.HeldAt).Select(s => s.ChairUserId).FirstOrDefaultAsync(ct)
            ?? await db.CommitteeSessions.AsNoTracking().OrderByDescending(s => s.HeldAt).Select(s => s.ChairUserId).FirstOrDefaultAsync(ct);
    }

    public async Task<IReadOnlyList<StaffMember>> MembersAsync(Actor actor, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "list committee members", Roles.CommitteeMember, Roles.Manager);
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await StaffDirectory.InRoleAsync(db, Roles.CommitteeMember, ct);
    }

    /// <summary>The chair (the actor) schedules a session with its members; the number is the next in the Hijri year.</summary>
    public async Task<int> ScheduleAsync(Actor actor, DateTimeOffset heldAt, IReadOnlyCollection<string> memberIds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(memberIds);
        Guard.RequireRole(actor, "schedule a committee session", Roles.CommitteeMember);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var committee = await StaffDirectory.InRoleAsync(db, Roles.CommitteeMember, ct);
        var chair = committee.FirstOrDefault(m => m.Id == actor.UserId) ?? throw new ForbiddenException("chair a session without being a committee member");
        var ids = memberIds.Append(chair.Id).Distinct().ToList();
        var unknown = ids.FirstOrDefault(id => committee.All(m => m.Id != id));
        if (unknown is not null)
        {
            throw new CaseRuleException("Committee.NotACommitteeMember", unknown);
        }
        var year = HijriDate.FromGregorian(SaudiTime.LocalDate(heldAt)).Year;
        var number = (await db.CommitteeSessions.Where(s => s.HijriYear == year).MaxAsync(s => (int?)s.Number, ct) ?? 0) + 1;
        var session = new CommitteeSession(number, year, heldAt, chair.Id, chair.Name, clock.GetUtcNow());
        foreach (var m in committee.Where(m => ids.Contains(m.Id)))
        {
            session.AddMember(m.Id, m.Name);
        }
        db.CommitteeSessions.Add(session);
        await audit.SaveNewAsync(db, actor, "SessionScheduled", "CommitteeSession", () => Id(session.Id), session.Title, ct);
        await notifier.PublishAsync(ChangeTopic.Committee);
        return session.Id;
    }

    public async Task<IReadOnlyList<SessionRow>> SessionsAsync(Actor actor, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "list committee sessions", Roles.CommitteeMember, Roles.Manager);
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.CommitteeSessions.AsNoTracking().OrderByDescending(s => s.HeldAt).Take(100)
            .Select(s => new SessionRow(s.Id, s.HijriYear + "/" + s.Number, s.HeldAt, s.ChairName, s.Status, s.Items.Count, s.Items.Count(i => i.DecisionId != null)))
            .ToListAsync(ct);
    }

    /// <summary>
    /// Puts on the agenda every request awaiting the committee that is not already on an open session; deferred
    /// requests come back first (Deferred → AwaitingCommittee). Order: critical first, then oldest submission.
    /// </summary>
    public async Task<int> BuildAgendaAsync(Actor actor, int sessionId, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "build an agenda", Roles.CommitteeMember);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var session = await db.CommitteeSessions.Include(s => s.Items).SingleAsync(s => s.Id == sessionId, ct);
        RequireChair(actor, session);
        var now = clock.GetUtcNow();
        var deferred = await db.Requests.Include(r => r.Events).Where(r => r.Status == RequestStatus.Deferred).ToListAsync(ct);
        foreach (var r in deferred)
        {
            r.Move(RequestTrigger.Requeue, actor, now, session.Title);
        }
        await db.SaveChangesAsync(ct);
        var onOpenAgenda = db.AgendaItems.Where(i => i.DecisionId == null && i.Session!.Status == SessionStatus.Scheduled).Select(i => i.SupportRequestId);
        var waiting = await db.Requests.AsNoTracking().Where(r => r.Status == RequestStatus.AwaitingCommittee && !onOpenAgenda.Contains(r.Id))
            .OrderByDescending(r => r.IsCritical).ThenBy(r => r.SubmittedAt).ThenBy(r => r.Id).Select(r => r.Id).ToListAsync(ct);
        var appeals = (await db.Appeals.AsNoTracking().Where(a => waiting.Contains(a.SupportRequestId)).Select(a => a.SupportRequestId).ToListAsync(ct)).ToHashSet();
        var order = session.Items.Count == 0 ? 0 : session.Items.Max(i => i.Order);
        foreach (var id in waiting)
        {
            session.AddItem(new AgendaItem(id, ++order, appeals.Contains(id)));
        }
        audit.Add(db, actor, "AgendaBuilt", "CommitteeSession", Id(sessionId), $"{waiting.Count} items: {string.Join(',', waiting)}");
        await db.SaveChangesAsync(ct);
        foreach (var r in deferred)
        {
            deadlines.ScheduleFor(r);
        }
        await notifier.PublishAsync(ChangeTopic.Committee);
        return waiting.Count;
    }

    /// <summary>A member records (or changes) their vote on an item. The member who studied the request may not vote on it.</summary>
    public async Task VoteAsync(Actor actor, int itemId, DecisionKind choice, string? note, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "vote in committee", Roles.CommitteeMember);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var item = await db.AgendaItems.Include(i => i.Votes).Include(i => i.Session).ThenInclude(s => s!.Members).SingleAsync(i => i.Id == itemId, ct);
        var member = item.Session!.Members.FirstOrDefault(m => m.UserId == actor.UserId) ?? throw new ForbiddenException("vote in a session you are not a member of");
        RequireOpen(item);
        var researcher = await db.SocialStudies.AsNoTracking().Where(s => s.SupportRequestId == item.SupportRequestId).Select(s => s.ResearcherUserId).FirstOrDefaultAsync(ct);
        if (researcher == actor.UserId)
        {
            throw new CaseRuleException("Committee.ConflictOfInterest");
        }
        if (!member.Present || (await ConflictedAsync(db, itemId, ct)).Contains(member.UserId))
        {
            throw new CaseRuleException(member.Present ? "Committee.ConflictDeclared" : "Committee.AbsentCannotVote");
        }
        item.CastVote(member.UserId, member.Name, choice, note?.Trim(), clock.GetUtcNow());
        audit.Add(db, actor, "VoteCast", "SupportRequest", Id(item.SupportRequestId), choice.ToString());
        await db.SaveChangesAsync(ct);
        await notifier.PublishAsync(ChangeTopic.Committee);
    }

    private static void RequireChair(Actor actor, CommitteeSession session)
    {
        if (session.ChairUserId != actor.UserId)
        {
            throw new ForbiddenException("act as the chair of another chair's session");
        }
        if (session.Status != SessionStatus.Scheduled)
        {
            throw new CaseRuleException("Committee.SessionClosed");
        }
    }

    private static void RequireOpen(AgendaItem item)
    {
        if (item.Session!.Status != SessionStatus.Scheduled)
        {
            throw new CaseRuleException("Committee.SessionClosed");
        }
        if (item.DecisionId is not null)
        {
            throw new CaseRuleException("Committee.ItemDecided");
        }
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
