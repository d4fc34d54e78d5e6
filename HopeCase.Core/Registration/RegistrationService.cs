using System.Globalization;
using HopeCase.Core.Audit;
using HopeCase.Core.Data;
using HopeCase.Core.LiveUpdates;
using HopeCase.Core.Requests;
using HopeCase.Core.Research;
using HopeCase.Core.Saudi;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Registration;

[PersonalData]
public sealed record RegistrationView(int RequestId, IReadOnlyDictionary<ChecklistItem, bool> Checklist, bool Complete, string? FileNumber, DateTimeOffset? RegisteredAt);

/// <summary>P-6.6: an accepted request is registered once the checklist is complete; the beneficiary gets a file number once.</summary>
public sealed class RegistrationService(IDbContextFactory<HopeDb> dbs, AuditLog audit, TimeProvider clock, ChangeNotifier notifier)
{
    private static readonly string[] Staff = [Roles.RelationsOfficer, Roles.Manager];

    public async Task<RegistrationView> GetAsync(Actor actor, int requestId, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "read a registration", Staff);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var r = await db.Registrations.AsNoTracking().SingleOrDefaultAsync(x => x.SupportRequestId == requestId, ct);
        await audit.RecordAsync(actor, "RegistrationRead", "SupportRequest", Id(requestId), null, ct);
        return View(requestId, r);
    }

    /// <summary>
    /// One box of the checklist, changed in the database itself (one bit of <see cref="BeneficiaryRegistration.Checked"/>
    /// set or cleared by an UPDATE) in a write transaction with its audit entry: boxes ticked faster than the database
    /// answers, or by two officers at once, are all kept. Read-modify-write of the whole mask lost all but the last.
    /// </summary>
    public async Task<RegistrationView> TickAsync(Actor actor, int requestId, ChecklistItem item, bool done, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "complete the registration checklist", Staff);
        var bit = 1 << (int)item;
        var keep = ~bit;
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginWriteAsync(ct);
        // Ticks are taken one at a time (SQLite's write transaction, PostgreSQL's audit chain lock taken here first,
        // before the UPDATE could hold the checklist's row while waiting for the chain): the tick that creates the
        // checklist has committed before the next one's UPDATE looks for it.
        await AuditChainInterceptor.LockChainFirstAsync(db.Database, ct);
        var request = await db.Requests.AsNoTracking().SingleAsync(x => x.Id == requestId, ct);
        if (request.Status != RequestStatus.Accepted)
        {
            throw new IllegalTransitionException(request.Status, RequestTrigger.Register, roleMissing: false);
        }
        var rows = db.Registrations.Where(x => x.SupportRequestId == requestId);
        var changed = done
            ? await rows.ExecuteUpdateAsync(u => u.SetProperty(x => x.Checked, x => x.Checked | bit), ct)
            : await rows.ExecuteUpdateAsync(u => u.SetProperty(x => x.Checked, x => x.Checked & keep), ct);
        if (changed == 0)
        {
            var r = new BeneficiaryRegistration(requestId, request.BeneficiaryId);
            r.Tick(item, done);
            db.Registrations.Add(r);
        }
        audit.Add(db, actor, "ChecklistTicked", "SupportRequest", Id(requestId), $"{item}={done}");
        await db.SaveChangesAsync(ct);
        var now = await db.Registrations.AsNoTracking().SingleAsync(x => x.SupportRequestId == requestId, ct);
        await tx.CommitAsync(ct);
        return View(requestId, now);
    }

    /// <summary>Accepted → Registered; the file number is the beneficiary's existing one or the next of the Hijri year.</summary>
    public async Task<string> RegisterAsync(Actor actor, int requestId, int? expectedVersion = null, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "register a beneficiary", Staff);
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginWriteAsync(ct);
        var request = await db.Requests.Include(x => x.Events).SingleAsync(x => x.Id == requestId, ct);
        RequestMoves.ExpectVersion(request, expectedVersion);
        RequestLifecycle.Require(request.Status, RequestTrigger.Register, actor);
        var registration = await db.Registrations.SingleOrDefaultAsync(x => x.SupportRequestId == requestId, ct);
        if (registration is not { Complete: true })
        {
            throw new CaseRuleException("Registration.ChecklistIncomplete");
        }
        var now = clock.GetUtcNow();
        var file = await db.FileNumbers.SingleOrDefaultAsync(f => f.BeneficiaryId == request.BeneficiaryId, ct);
        if (file is null)
        {
            var year = HijriDate.FromGregorian(SaudiTime.LocalDate(now)).Year;
            var seq = await Counters.NextFileNumberAsync(db, year, ct);
            file = new FileNumber(request.BeneficiaryId, year, seq, now);
            db.FileNumbers.Add(file);
        }
        var beneficiary = await db.Beneficiaries.SingleAsync(b => b.Id == request.BeneficiaryId, ct);
        if (beneficiary.FileNumber is null)
        {
            beneficiary.AssignFileNumber(file.Number);
        }
        registration.Register(file.Number, now, actor.UserName);
        request.Move(RequestTrigger.Register, actor, now, file.Number);
        audit.Add(db, actor, "BeneficiaryRegistered", "SupportRequest", Id(requestId), file.Number);
        await RequestMoves.SaveAsync(db, request, ct);
        await tx.CommitAsync(ct);
        await notifier.PublishAsync(ChangeTopic.Requests);
        return file.Number;
    }

    private static RegistrationView View(int requestId, BeneficiaryRegistration? r) =>
        new(requestId, Enum.GetValues<ChecklistItem>().ToDictionary(i => i, i => r?.Has(i) ?? false), r?.Complete ?? false, r?.FileNumber, r?.RegisteredAt);

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
