using HopeCase.Core.Requests;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Committee;

public sealed partial class CommitteeService
{
    /// <summary>The session page: members, agenda in order with days left, study, votes, decisions and, for appeals, the earlier decision.</summary>
    public async Task<SessionView?> SessionAsync(Actor actor, int sessionId, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "read a committee session", Roles.CommitteeMember, Roles.Manager);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var s = await db.CommitteeSessions.AsNoTracking().AsSplitQuery().Include(x => x.Members).Include(x => x.Items).ThenInclude(i => i.Votes)
            .Include(x => x.Items).ThenInclude(i => i.Decision).SingleOrDefaultAsync(x => x.Id == sessionId, ct);
        if (s is null)
        {
            return null;
        }
        // Access by record: a member reads the sessions he sits on; once the session is closed the agenda no longer
        // names the people on it (the file was his from agenda to decision only).
        var everyFile = RequestAccess.SeesEveryFile(actor);
        if (!everyFile && s.ChairUserId != actor.UserId && !s.Members.Any(m => m.UserId == actor.UserId))
        {
            throw new ForbiddenException("read a committee session");
        }
        var named = everyFile || s.Status == SessionStatus.Scheduled;
        var ids = s.Items.Select(i => i.SupportRequestId).ToList();
        var requests = await db.Requests.AsNoTracking().Include(r => r.Beneficiary).Include(r => r.SupportType).Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
        var studies = await db.SocialStudies.AsNoTracking().Where(x => ids.Contains(x.SupportRequestId)).ToDictionaryAsync(x => x.SupportRequestId, ct);
        var appeals = (await db.Appeals.AsNoTracking().Where(a => ids.Contains(a.SupportRequestId)).ToListAsync(ct))
            .GroupBy(a => a.SupportRequestId).ToDictionary(g => g.Key, g => g.OrderByDescending(a => a.Id).First());
        var earlierIds = appeals.Values.Select(a => a.EarlierDecisionId).ToList();
        var earlier = await db.CommitteeDecisions.AsNoTracking().Where(d => earlierIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct);
        var now = clock.GetUtcNow();
        var rows = s.Items.OrderBy(i => i.Order).Select(i =>
        {
            var r = requests[i.SupportRequestId];
            studies.TryGetValue(r.Id, out var study);
            appeals.TryGetValue(r.Id, out var appeal);
            return new AgendaRow(i.Id, r.Id, r.Reference, named ? r.Beneficiary!.FullName : r.Reference ?? Id(r.Id), r.SupportType!.NameAr, r.SupportType.NameEn, r.IsCritical, r.Status, r.Version,
                r.SubmittedAt, r.DueAt, DaysLeft(r, now), study?.Recommendation, named ? study?.Reasons : null, study?.ResearcherUserId, study?.ResearcherName,
                i.IsAppeal, appeal is null ? null : View(earlier[appeal.EarlierDecisionId]), appeal?.Grounds,
                i.Votes.OrderBy(v => v.Id).Select(v => new VoteView(v.MemberUserId, v.MemberName, v.Choice, v.Note)).ToList(),
                i.Decision is null ? null : View(i.Decision));
        }).ToList();
        var itemIds = s.Items.Select(i => i.Id).ToList();
        var conflicts = await db.Set<ConflictDeclaration>().AsNoTracking().Where(c => itemIds.Contains(c.AgendaItemId))
            .Select(c => new ConflictView(c.AgendaItemId, c.MemberUserId, c.MemberName, c.Reason)).ToListAsync(ct);
        await audit.RecordShownAsync(actor, "SessionRead", nameof(SupportRequest), ids, $"session {sessionId}", ct);
        return new SessionView(s.Id, s.Title, s.HeldAt, s.ChairUserId, s.ChairName, s.Status,
            s.Members.Select(m => new StaffMember(m.UserId, m.Name ?? m.UserId)).ToList(), policy.Value.CommitteeQuorum, rows,
            s.Members.Where(m => !m.Present).Select(m => m.UserId).ToList(), conflicts);
    }

    /// <summary>Days left in the window on the running clock; frozen while paused.</summary>
    public static double? DaysLeft(SupportRequest r, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (r.DueAt is not { } due)
        {
            return null;
        }
        var at = r.PausedSince ?? now;
        return (due - at).TotalDays;
    }

    internal static DecisionView View(CommitteeDecision d) => new(d.Id, d.Kind, d.Services, d.Amount, d.SessionCount, d.DurationMonths,
        d.RejectionReason, d.Reasons, d.MissingInfo, d.DecidedAt, d.DecidedByName);

    public async Task<IReadOnlyList<DecisionView>> DecisionsAsync(Actor actor, int requestId, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "read committee decisions", RequestIntakeService.ReadRoles.Append(Roles.ServiceProvider).ToArray());
        await using var db = await dbs.CreateDbContextAsync(ct);
        await RequestAccess.RequireRequestAsync(db, actor, requestId, "read committee decisions", ct);
        var list = await db.CommitteeDecisions.AsNoTracking().Where(d => d.SupportRequestId == requestId).OrderBy(d => d.Id).ToListAsync(ct);
        await audit.RecordShownAsync(actor, "CommitteeDecisionsRead", "CommitteeDecision", list.Select(d => d.Id), $"request {requestId}", ct);
        return list.Select(View).ToList();
    }
}
