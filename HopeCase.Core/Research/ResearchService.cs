using System.Globalization;
using HopeCase.Core.Audit;
using HopeCase.Core.Data;
using HopeCase.Core.Deadlines;
using HopeCase.Core.LiveUpdates;
using HopeCase.Core.Requests;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Research;

/// <summary>The social study (P-6.5): assignment of submitted requests to research officers, the study, and sending to the committee.</summary>
public sealed class ResearchService(IDbContextFactory<HopeDb> dbs, AuditLog audit, TimeProvider clock, ChangeNotifier notifier, IDeadlineScheduler deadlines)
{
    public async Task<IReadOnlyList<StaffMember>> ResearchersAsync(Actor actor, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "list research officers", Roles.ResearchOfficer, Roles.Manager);
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await StaffDirectory.InRoleAsync(db, Roles.ResearchOfficer, ct);
    }

    /// <summary>A manager gives the request to a named research officer; nobody assigns work to himself (docs/security/access.md).</summary>
    public async Task AssignAsync(Actor actor, int requestId, string researcherId, int? expectedVersion = null, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "assign a request", Roles.Manager, Roles.System);
        if (researcherId == actor.UserId)
        {
            throw new ForbiddenException("assign a request to oneself");
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var officer = await StaffDirectory.FindAsync(db, researcherId, Roles.ResearchOfficer, ct)
            ?? throw new CaseRuleException("Research.NotAResearcher", researcherId);
        await AssignToAsync(db, actor, requestId, officer, expectedVersion, ct);
    }

    /// <summary>Round robin: the next active research officer after the one who got the last assignment.</summary>
    public async Task<StaffMember> AssignRoundRobinAsync(Actor actor, int requestId, int? expectedVersion = null, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "assign a request", Roles.Manager, Roles.System);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var officers = await StaffDirectory.InRoleAsync(db, Roles.ResearchOfficer, ct);
        if (officers.Count == 0)
        {
            throw new CaseRuleException("Research.NoResearchers");
        }
        var last = await db.Requests.AsNoTracking().Where(r => r.AssignedAt != null)
            .OrderByDescending(r => r.AssignedAt).ThenByDescending(r => r.Id).Select(r => r.AssignedResearcherId).FirstOrDefaultAsync(ct);
        var index = officers.ToList().FindIndex(o => o.Id == last);
        var next = officers[(index + 1) % officers.Count];
        await AssignToAsync(db, actor, requestId, next, expectedVersion, ct);
        return next;
    }

    private async Task AssignToAsync(HopeDb db, Actor actor, int requestId, StaffMember officer, int? expectedVersion, CancellationToken ct)
    {
        var request = await db.Requests.Include(r => r.Events).SingleAsync(r => r.Id == requestId, ct);
        RequestMoves.ExpectVersion(request, expectedVersion);
        var now = clock.GetUtcNow();
        request.Move(RequestTrigger.Assign, actor, now, officer.Name);
        request.AssignResearcher(officer.Id, officer.Name, now);
        db.StaffNotifications.Add(new StaffNotification($"assigned:{requestId}:{officer.Id}:{request.Version}", NotificationKind.Assigned,
            requestId, request.Reference, officer.Id, null, now));
        audit.Add(db, actor, "RequestAssigned", "SupportRequest", Id(requestId), officer.Id);
        await RequestMoves.SaveAsync(db, request, ct);
        deadlines.ScheduleFor(request);
        await notifier.PublishAsync(ChangeTopic.Requests);
    }

    /// <summary>Saves the study (any number of times while the request is under study); only the assigned officer may.</summary>
    public async Task SaveStudyAsync(Actor actor, int requestId, StudyInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        Guard.RequireRole(actor, "record a social study", Roles.ResearchOfficer);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var request = await db.Requests.AsNoTracking().SingleAsync(r => r.Id == requestId, ct);
        RequireAssigned(actor, request);
        if (request.Status != RequestStatus.UnderStudy)
        {
            throw new IllegalTransitionException(request.Status, RequestTrigger.Recommend, roleMissing: false);
        }
        var study = await db.SocialStudies.SingleOrDefaultAsync(s => s.SupportRequestId == requestId, ct);
        if (study is null)
        {
            study = new SocialStudy(requestId, actor.UserId!, actor.UserName);
            db.SocialStudies.Add(study);
        }
        study.Record(input, clock.GetUtcNow());
        audit.Add(db, actor, "StudySaved", "SupportRequest", Id(requestId), input.Recommendation.ToString());
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Sends the studied request to the committee's agenda (UnderStudy → AwaitingCommittee).</summary>
    public async Task SendToCommitteeAsync(Actor actor, int requestId, int? expectedVersion = null, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "send a request to the committee", Roles.ResearchOfficer);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var request = await db.Requests.Include(r => r.Events).SingleAsync(r => r.Id == requestId, ct);
        RequireAssigned(actor, request);
        RequestMoves.ExpectVersion(request, expectedVersion);
        var study = await db.SocialStudies.SingleOrDefaultAsync(s => s.SupportRequestId == requestId, ct)
            ?? throw new CaseRuleException("Research.StudyMissing");
        var problems = study.Problems();
        if (problems.Count > 0)
        {
            throw new CaseRuleException(problems[0]);
        }
        var now = clock.GetUtcNow();
        request.Move(RequestTrigger.Recommend, actor, now, study.Reasons);
        study.MarkSent(now);
        audit.Add(db, actor, "StudySent", "SupportRequest", Id(requestId), study.Recommendation.ToString());
        await RequestMoves.SaveAsync(db, request, ct);
        await notifier.PublishAsync(ChangeTopic.Requests);
    }

    /// <summary>The missing information arrived: back to the study, and the clock runs again with a later due date.</summary>
    public async Task InfoReceivedAsync(Actor actor, int requestId, string note, int? expectedVersion = null, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "record received information", Roles.RelationsOfficer, Roles.ResearchOfficer);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var request = await db.Requests.Include(r => r.Events).SingleAsync(r => r.Id == requestId, ct);
        RequestMoves.ExpectVersion(request, expectedVersion);
        var now = clock.GetUtcNow();
        // The move itself resumes the clock and moves the due date by the time waited.
        request.Move(RequestTrigger.InfoReceived, actor, now, note);
        audit.Add(db, actor, "InfoReceived", "SupportRequest", Id(requestId), note);
        await RequestMoves.SaveAsync(db, request, ct);
        deadlines.ScheduleFor(request);
        await notifier.PublishAsync(ChangeTopic.Requests);
    }

    public async Task<StudyView?> GetStudyAsync(Actor actor, int requestId, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "read a social study", Roles.ResearchOfficer, Roles.CommitteeMember, Roles.Manager);
        await using var db = await dbs.CreateDbContextAsync(ct);
        if (!actor.IsIn(Roles.Manager))
        {
            await RequestAccess.RequireRequestAsync(db, actor, requestId, "read a social study", ct);
        }
        var s = await db.SocialStudies.AsNoTracking().SingleOrDefaultAsync(x => x.SupportRequestId == requestId, ct);
        await audit.RecordAsync(actor, "StudyRead", "SupportRequest", Id(requestId), null, ct);
        return s is null ? null : new StudyView(s.SupportRequestId, s.ResearcherUserId, s.ResearcherName, s.VisitType, s.VisitedAt,
            s.Findings, s.NeedsAssessment, s.Recommendation, s.Reasons, s.SavedAt, s.SentAt);
    }

    /// <summary>Object-level check: only the officer the request was given to works on its study.</summary>
    private static void RequireAssigned(Actor actor, SupportRequest request)
    {
        if (request.AssignedResearcherId != actor.UserId)
        {
            throw new ForbiddenException("work on a request assigned to another research officer");
        }
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
