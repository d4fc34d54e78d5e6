using HopeCase.Core.Audit;
using HopeCase.Core.Data;
using HopeCase.Core.Research;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.ServiceDelivery;

/// <summary>
/// Which providers deliver which approved service (issue 14 item 12). A registered request reaches the queue of the
/// providers of its support type; while a type has no provider named, it reaches every provider, so none is lost.
/// </summary>
public sealed class ProviderServices(IDbContextFactory<HopeDb> dbs, AuditLog audit)
{
    /// <summary>The support types (id, Arabic, English) a provider may be named for.</summary>
    public async Task<IReadOnlyList<(int Id, string NameAr, string NameEn)>> TypesAsync(CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return (await db.SupportTypes.AsNoTracking().Where(t => t.IsActive).OrderBy(t => t.Id).Select(t => new { t.Id, t.NameAr, t.NameEn }).ToListAsync(ct))
            .Select(t => (t.Id, t.NameAr, t.NameEn)).ToList();
    }

    public async Task<IReadOnlyList<int>> OfAsync(Actor actor, string userId, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "read a provider's services", Roles.Admin, Roles.Manager);
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.ProviderServices.AsNoTracking().Where(p => p.UserId == userId).Select(p => p.SupportTypeId).OrderBy(x => x).ToListAsync(ct);
    }

    /// <summary>The Admin or a manager names the services a provider delivers (replacing the list).</summary>
    public async Task SetAsync(Actor actor, string userId, IReadOnlyCollection<int> supportTypeIds, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "set a provider's services", Roles.Admin, Roles.Manager);
        ArgumentNullException.ThrowIfNull(supportTypeIds);
        await using var db = await dbs.CreateDbContextAsync(ct);
        if (await StaffDirectory.FindAsync(db, userId, Roles.ServiceProvider, ct) is null)
        {
            throw new CaseRuleException("ServiceDelivery.NotAProvider", userId);
        }
        var current = await db.ProviderServices.Where(p => p.UserId == userId).ToListAsync(ct);
        db.ProviderServices.RemoveRange(current.Where(c => !supportTypeIds.Contains(c.SupportTypeId)));
        foreach (var id in supportTypeIds.Distinct().Where(id => current.All(c => c.SupportTypeId != id)))
        {
            db.ProviderServices.Add(new ProviderService(userId, id));
        }
        audit.Add(db, actor, "ProviderServicesSet", "User", userId, string.Join(',', supportTypeIds.Order()));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The providers a manager may give this request to: those of its approved service (all while none is named).</summary>
    public async Task<IReadOnlyList<StaffMember>> ForRequestAsync(Actor actor, int requestId, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "list service providers", Roles.Manager, Roles.ServiceProvider);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var type = await db.Requests.Where(r => r.Id == requestId).Select(r => r.SupportTypeId).SingleAsync(ct);
        return await ForTypeAsync(db, type, ct);
    }

    /// <summary>The support types a provider's queue holds: his own, and those no provider is named for.</summary>
    internal static IQueryable<int> QueueTypes(HopeDb db, string providerId) =>
        db.SupportTypes.Where(t => db.ProviderServices.Any(p => p.SupportTypeId == t.Id && p.UserId == providerId)
            || !db.ProviderServices.Any(p => p.SupportTypeId == t.Id)).Select(t => t.Id);

    /// <summary>The providers who may be given a request of this support type: its named providers, or all when none is named.</summary>
    internal static async Task<IReadOnlyList<StaffMember>> ForTypeAsync(HopeDb db, int supportTypeId, CancellationToken ct)
    {
        var all = await StaffDirectory.InRoleAsync(db, Roles.ServiceProvider, ct);
        var named = await db.ProviderServices.AsNoTracking().Where(p => p.SupportTypeId == supportTypeId).Select(p => p.UserId).ToListAsync(ct);
        return named.Count == 0 ? all : all.Where(s => named.Contains(s.Id)).ToList();
    }
}
