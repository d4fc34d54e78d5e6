using HopeCase.Core.Data;
using HopeCase.Core.Deadlines;
using HopeCase.Core.Organisation;
using HopeCase.Core.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HopeCase.Core.Feedback;

public sealed record FeedbackSweepResult(int Reminders, int Escalations);

/// <summary>
/// The recurring sweep over open suggestions and complaints: a reminder to the assignee when the deadline is near,
/// an escalation to the managers once it has passed. Each (item, threshold) happens once: a unique index refuses a second.
/// The deadline lives in our table, so a lost job is caught up by the next sweep.
/// </summary>
public sealed class FeedbackDeadlineSweep(IDbContextFactory<HopeDb> dbs, TimeProvider clock, IOptions<FeedbackOptions> options)
{
    public async Task<FeedbackSweepResult> RunAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbs.CreateDbContextAsync(ct);
        var open = await db.FeedbackItems.AsNoTracking().Where(f => f.Status == FeedbackStatus.Open)
            .Select(f => new { f.Id, f.DueAt, f.AssigneeId, f.AssigneeName }).ToListAsync(ct);
        var done = (await db.FeedbackDeadlineEvents.AsNoTracking().Select(e => new { e.FeedbackItemId, e.Threshold }).ToListAsync(ct))
            .Select(e => (e.FeedbackItemId, e.Threshold)).ToHashSet();
        var holidays = await HolidayCalendar.LoadAsync(db, ct);
        int reminders = 0, escalations = 0;
        foreach (var f in open)
        {
            var left = WorkingDays.Between(now, f.DueAt, holidays);
            if (now > f.DueAt && !done.Contains((f.Id, FeedbackThreshold.EscalatedToManagers)))
            {
                escalations += await AddOnceAsync(f.Id, FeedbackThreshold.EscalatedToManagers, now, null, null, ct);
            }
            else if (now <= f.DueAt && left <= options.Value.ReminderWorkingDaysBefore && !done.Contains((f.Id, FeedbackThreshold.ReminderToAssignee)))
            {
                reminders += await AddOnceAsync(f.Id, FeedbackThreshold.ReminderToAssignee, now, f.AssigneeId, f.AssigneeName, ct);
            }
        }
        return new FeedbackSweepResult(reminders, escalations);
    }

    private async Task<int> AddOnceAsync(int id, FeedbackThreshold threshold, DateTimeOffset now, string? whoId, string? who, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.FeedbackDeadlineEvents.Add(new FeedbackDeadlineEvent(id, threshold, now, who));
        // The same effect in the staff notifications panel: to the assignee (managers when nobody is assigned), or to
        // the managers once the deadline has passed. Saved together, so both happen once or not at all.
        var (kind, userId, role) = threshold == FeedbackThreshold.ReminderToAssignee && whoId is not null
            ? (NotificationKind.FeedbackReminder, whoId, (string?)null)
            : (threshold == FeedbackThreshold.ReminderToAssignee ? NotificationKind.FeedbackReminder : NotificationKind.FeedbackEscalation, (string?)null, Roles.Manager);
        db.StaffNotifications.Add(new StaffNotification($"feedback:{id}:{threshold}", kind, null,
            id.ToString(System.Globalization.CultureInfo.InvariantCulture), userId, role, now));
        try
        {
            await db.SaveChangesAsync(ct);
            return 1;
        }
        catch (DbUpdateException)
        {
            return 0;
        }
    }
}
