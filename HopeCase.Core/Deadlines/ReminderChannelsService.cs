using HopeCase.Core.Audit;
using HopeCase.Core.Data;
using HopeCase.Core.Research;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Deadlines;

public sealed record ReminderChoice(bool ByEmail, bool BySms, string? Email, string? Mobile);

/// <summary>Each staff member chooses, for themselves, whether reminders also come by e-mail and / or SMS (issue 14 item 13).</summary>
public sealed class ReminderChannelsService(IDbContextFactory<HopeDb> dbs, AuditLog audit, TimeProvider clock)
{
    private static readonly string[] StaffRoles = [.. Roles.All];

    public async Task<ReminderChoice> GetAsync(Actor actor, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "read reminder choices", StaffRoles);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == actor.UserId, ct);
        var row = await db.Set<ReminderChannels>().AsNoTracking().SingleOrDefaultAsync(c => c.UserId == actor.UserId, ct);
        return new ReminderChoice(row?.ByEmail ?? false, row?.BySms ?? false, user.Email, user.PhoneNumber);
    }

    public async Task SetAsync(Actor actor, bool byEmail, bool bySms, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "choose reminder channels", StaffRoles);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == actor.UserId, ct);
        if (bySms && string.IsNullOrWhiteSpace(user.PhoneNumber))
        {
            throw new CaseRuleException("Deadlines.NoMobileForSms");
        }
        var row = await db.Set<ReminderChannels>().SingleOrDefaultAsync(c => c.UserId == actor.UserId, ct);
        if (row is null)
        {
            row = new ReminderChannels(user.Id);
            db.Add(row);
        }
        row.Set(byEmail, bySms, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(actor, "ReminderChannelsChosen", "StaffUser", user.Id, $"email={byEmail} sms={bySms}", ct);
    }
}
