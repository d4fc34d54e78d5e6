using System.Globalization;
using HopeCase.Core.Audit;
using HopeCase.Core.Data;
using HopeCase.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Feedback;

public sealed record ImprovementView(int Id, string YouSaid, string WeDid, DateTimeOffset CreatedAt, bool Published, DateTimeOffset? PublishedAt, IReadOnlyList<int> FeedbackIds);

/// <summary>The improvement-actions log: "you said, we did", linked to the suggestions behind it; published ones appear on the public site.</summary>
public sealed class ImprovementService(IDbContextFactory<HopeDb> dbs, AuditLog audit, TimeProvider clock)
{
    public async Task<int> AddAsync(Actor actor, string youSaid, string weDid, IReadOnlyCollection<int> feedbackIds, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "log an improvement", FeedbackService.ManagerRoles);
        ArgumentNullException.ThrowIfNull(feedbackIds);
        if (string.IsNullOrWhiteSpace(youSaid) || string.IsNullOrWhiteSpace(weDid))
        {
            throw new ArgumentException("Both 'you said' and 'we did' are required.", nameof(youSaid));
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var known = await db.FeedbackItems.Where(f => feedbackIds.Contains(f.Id)).Select(f => f.Id).ToListAsync(ct);
        var action = new ImprovementAction(youSaid, weDid, clock.GetUtcNow(), actor.UserName);
        db.ImprovementActions.Add(action);
        await db.SaveChangesAsync(ct);
        db.ImprovementLinks.AddRange(known.Select(id => new ImprovementLink { ImprovementActionId = action.Id, FeedbackItemId = id }));
        audit.Add(db, actor, "ImprovementLogged", "ImprovementAction", action.Id.ToString(CultureInfo.InvariantCulture), string.Join(',', known));
        await db.SaveChangesAsync(ct);
        return action.Id;
    }

    public async Task PublishAsync(Actor actor, int id, bool publish, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "publish an improvement", FeedbackService.ManagerRoles);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var action = await db.ImprovementActions.SingleAsync(a => a.Id == id, ct);
        action.Publish(publish, clock.GetUtcNow());
        audit.Add(db, actor, publish ? "ImprovementPublished" : "ImprovementUnpublished", "ImprovementAction", id.ToString(CultureInfo.InvariantCulture), null);
        await db.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<ImprovementView>> ListAsync(Actor actor, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "read the improvements log", FeedbackService.StaffRoles);
        return await QueryAsync(false, ct);
    }

    /// <summary>For the public page: the published actions only, with no link to who sent what.</summary>
    public async Task<IReadOnlyList<ImprovementView>> PublishedAsync(CancellationToken ct = default) =>
        (await QueryAsync(true, ct)).Select(v => v with { FeedbackIds = [] }).ToList();

    private async Task<IReadOnlyList<ImprovementView>> QueryAsync(bool publishedOnly, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var q = db.ImprovementActions.AsNoTracking();
        if (publishedOnly)
        {
            q = q.Where(a => a.Published);
        }
        var actions = await q.OrderByDescending(a => a.Id).Take(200).ToListAsync(ct);
        var ids = actions.Select(a => a.Id).ToList();
        var links = await db.ImprovementLinks.AsNoTracking().Where(l => ids.Contains(l.ImprovementActionId)).ToListAsync(ct);
        return actions.Select(a => new ImprovementView(a.Id, a.YouSaid, a.WeDid, a.CreatedAt, a.Published, a.PublishedAt,
            links.Where(l => l.ImprovementActionId == a.Id).Select(l => l.FeedbackItemId).ToList())).ToList();
    }
}
