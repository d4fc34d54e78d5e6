using System.Globalization;
using HopeCase.Core.Audit;
using HopeCase.Core.Beneficiaries;
using HopeCase.Core.Data;
using HopeCase.Core.LiveUpdates;
using HopeCase.Core.Requests;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Contacts;

[PersonalData]
public sealed record AlertView(int Id, int BeneficiaryId, string BeneficiaryName, int? RequestId, string Reason, DateTimeOffset RaisedAt, string? RaisedBy);

/// <summary>Critical risk: the beneficiary and request are flagged, requests fast-tracked, and managers alerted at once.</summary>
public sealed class AlertService(IDbContextFactory<HopeDb> dbs, AuditLog audit, TimeProvider clock, ChangeNotifier notifier)
{
    public async Task MarkCriticalAsync(Actor actor, int beneficiaryId, int? requestId, string reason, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "mark critical risk", Roles.RelationsOfficer, Roles.ResearchOfficer, Roles.Manager, Roles.ServiceProvider);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var beneficiary = await db.Beneficiaries.SingleAsync(b => b.Id == beneficiaryId, ct);
        beneficiary.SetRisk(RiskLevel.Critical);
        // Every open request of this person is fast-tracked, not only the one on screen.
        var open = await db.Requests.Where(r => r.BeneficiaryId == beneficiaryId && r.Id == (requestId ?? r.Id)).ToListAsync(ct);
        foreach (var r in open.Where(r => RequestLifecycle.IsOpen(r.Status)))
        {
            r.MarkCritical();
        }
        db.ManagerAlerts.Add(new ManagerAlert(beneficiaryId, requestId, reason, clock.GetUtcNow(), actor.UserName));
        audit.Add(db, actor, "MarkedCritical", "Beneficiary", beneficiaryId.ToString(CultureInfo.InvariantCulture), reason);
        await db.SaveChangesAsync(ct);
        await notifier.PublishAsync(ChangeTopic.Alerts);
        await notifier.PublishAsync(ChangeTopic.Requests);
    }

    public async Task<IReadOnlyList<AlertView>> OpenAsync(Actor actor, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "read alerts", Roles.Manager);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var list = await (from a in db.ManagerAlerts.AsNoTracking()
                      join b in db.Beneficiaries on a.BeneficiaryId equals b.Id
                      where a.AcknowledgedAt == null
                      orderby a.Id
                      select new AlertView(a.Id, a.BeneficiaryId, b.FullName, a.SupportRequestId, a.Reason, a.RaisedAt, a.RaisedByName)).ToListAsync(ct);
        await audit.RecordShownAsync(actor, "AlertsRead", "ManagerAlert", list.Select(x => x.Id), ct: ct);
        return list;
    }

    public async Task AcknowledgeAsync(Actor actor, int alertId, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "acknowledge an alert", Roles.Manager);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var alert = await db.ManagerAlerts.SingleAsync(a => a.Id == alertId, ct);
        alert.Acknowledge(clock.GetUtcNow(), actor.UserName);
        audit.Add(db, actor, "AlertAcknowledged", "Beneficiary", alert.BeneficiaryId.ToString(CultureInfo.InvariantCulture), null);
        await db.SaveChangesAsync(ct);
        await notifier.PublishAsync(ChangeTopic.Alerts);
    }
}
