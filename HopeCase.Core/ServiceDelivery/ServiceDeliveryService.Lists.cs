using HopeCase.Core.Requests;
using HopeCase.Core.Saudi;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.ServiceDelivery;

/// <summary>The providers' lists: each records the requests it showed.</summary>
public sealed partial class ServiceDeliveryService
{
    /// <summary>The provider's sessions on today's date in Saudi Arabia (managers see everyone's).</summary>
    public async Task<IReadOnlyList<TodayLine>> TodayAsync(Actor actor, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "read today's sessions", Roles.ServiceProvider, Roles.Manager);
        var today = SaudiTime.LocalDate(clock.GetUtcNow());
        var (dayStart, dayEnd) = (SaudiTime.StartOfDay(today), SaudiTime.StartOfDay(today.AddDays(1)));
        await using var db = await dbs.CreateDbContextAsync(ct);
        var mine = actor.IsIn(Roles.Manager) ? null : actor.UserId;
        var list = await (from p in db.ServicePlans.AsNoTracking()
                      from s in p.Sessions
                      join r in db.Requests on p.SupportRequestId equals r.Id
                      where (mine == null || p.ProviderUserId == mine) && p.ClosedAt == null && s.ScheduledAt >= dayStart && s.ScheduledAt < dayEnd
                      orderby s.ScheduledAt
                      select new TodayLine(s.Id, r.Id, r.Reference, r.Beneficiary!.FullName, s.ScheduledAt, s.Mode)).ToListAsync(ct);
        await audit.RecordShownAsync(actor, "SessionsTodayRead", "SupportRequest", list.Select(l => l.RequestId), ct: ct);
        return list;
    }

    /// <summary>Registered requests waiting for a provider (managers assign them; a provider may take one), and the open cases.</summary>
    public async Task<IReadOnlyList<CaseLine>> CasesAsync(Actor actor, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "list service cases", Roles.ServiceProvider, Roles.Manager);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var mine = actor.IsIn(Roles.Manager) ? null : actor.UserId;
        var open = await (from p in db.ServicePlans.AsNoTracking()
                          join r in db.Requests on p.SupportRequestId equals r.Id
                          where p.ClosedAt == null && (mine == null || p.ProviderUserId == mine)
                          orderby p.StartedAt
                          select new CaseLine(r.Id, r.Reference, r.Beneficiary!.FullName, r.Status, p.ProviderName, p.Sessions.Count)).ToListAsync(ct);
        // Issue 14 item 12: a registered beneficiary reaches the queue of the providers of its approved service.
        var registered = db.Requests.AsNoTracking().Where(r => r.Status == RequestStatus.Registered);
        if (mine is not null)
        {
            var types = ProviderServices.QueueTypes(db, mine);
            registered = registered.Where(r => types.Contains(r.SupportTypeId));
        }
        open.InsertRange(0, await registered.OrderBy(r => r.Id)
            .Select(r => new CaseLine(r.Id, r.Reference, r.Beneficiary!.FullName, r.Status, null, 0)).ToListAsync(ct));
        await audit.RecordShownAsync(actor, "ServiceCasesRead", "SupportRequest", open.Select(c => c.RequestId), ct: ct);
        return open;
    }
}
