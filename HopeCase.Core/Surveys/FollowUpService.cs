using System.Globalization;
using HopeCase.Core.Audit;
using HopeCase.Core.Data;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Surveys;

[PersonalData]
public sealed record FollowUpView(int Id, FollowUpReason Reason, DateTimeOffset CreatedAt, int ResponseId, SurveyMode Mode, int Overall, int Courtesy,
    int Clarity, int Speed, int Ease, int Recommend, string? Comment, bool Anonymous, int? BeneficiaryId, string? BeneficiaryName, string? Mobile,
    string? ActionTaken, DateTimeOffset? DoneAt, string? DoneByName);

/// <summary>The managers' follow-up list: low scores and negative comments, and what was done about each (P-3.9).</summary>
public sealed class FollowUpService(IDbContextFactory<HopeDb> dbs, AuditLog audit, TimeProvider clock)
{
    public static readonly string[] ManagerRoles = [Roles.Manager, Roles.Admin];

    public async Task<IReadOnlyList<FollowUpView>> ListAsync(Actor actor, bool open, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "read survey follow-ups", ManagerRoles);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var list = await (from t in db.FollowUpTasks.AsNoTracking()
                          join r in db.SurveyResponses on t.SurveyResponseId equals r.Id
                          join b in db.Beneficiaries on r.BeneficiaryId equals b.Id into bs
                          from b in bs.DefaultIfEmpty()
                          where open ? t.DoneAt == null : t.DoneAt != null
                          orderby t.Id descending
                          select new FollowUpView(t.Id, t.Reason, t.CreatedAt, r.Id, r.Mode, r.Overall, r.Courtesy, r.Clarity, r.Speed, r.Ease, r.Recommend,
                              r.Comment, r.Anonymous, r.BeneficiaryId, b == null ? null : b.FullName, b == null ? null : b.Mobile,
                              t.ActionTaken, t.DoneAt, t.DoneByName)).Take(500).ToListAsync(ct);
        await audit.RecordShownAsync(actor, "SurveyFollowUpsRead", "FollowUpTask", list.Select(t => t.Id), open ? "open" : "done", ct);
        return list;
    }

    public async Task CompleteAsync(Actor actor, int id, string action, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "close a survey follow-up", Roles.Manager);
        if (string.IsNullOrWhiteSpace(action))
        {
            throw new ArgumentException("Say what was done.", nameof(action));
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var task = await db.FollowUpTasks.SingleAsync(t => t.Id == id, ct);
        task.Complete(action, clock.GetUtcNow(), actor.UserId, actor.UserName);
        audit.Add(db, actor, "SurveyFollowUpDone", "FollowUpTask", id.ToString(CultureInfo.InvariantCulture), null);
        await db.SaveChangesAsync(ct);
    }
}
