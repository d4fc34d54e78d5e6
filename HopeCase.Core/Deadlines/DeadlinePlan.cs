using HopeCase.Core.Organisation;
using HopeCase.Core.Requests;

namespace HopeCase.Core.Deadlines;

/// <summary>
/// The arithmetic of the two-week window (P-6.5), pure so it can be checked on any clock. Days are counted on the
/// running clock: from <c>SubmittedAt + PausedFor</c>, so time spent waiting on the beneficiary does not count. A
/// critical request's short window gets the same thresholds scaled to its length; overdue escalations repeat daily.
/// </summary>
public static class DeadlinePlan
{
    public static bool Tracked(SupportRequest r) => Tracked(DeadlineClock.Of(r));

    public static bool Tracked(DeadlineClock r) => r.SubmittedAt is not null && r.DueAt is not null && r.PausedSince is null && RequestLifecycle.ClockRuns(r.Status);

    /// <summary>The effects due at <paramref name="now"/>: the two reminders (even when late) and the latest overdue escalation.</summary>
    public static IReadOnlyList<DeadlineEffect> DueAt(SupportRequest r, PolicyOptions policy, DateTimeOffset now) => DueAt(DeadlineClock.Of(r), policy, now);

    public static IReadOnlyList<DeadlineEffect> DueAt(DeadlineClock r, PolicyOptions policy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (!Tracked(r))
        {
            return [];
        }
        var (research, chair, due) = Thresholds(r, policy);
        var list = new List<DeadlineEffect>();
        if (now >= research)
        {
            list.Add(new(Key(r, "research"), NotificationKind.ResearchReminder, research, policy.ResearchReminderDay));
        }
        if (now >= chair)
        {
            list.Add(new(Key(r, "chair"), NotificationKind.ChairReminder, chair, policy.ChairReminderDay));
        }
        if (now >= due)
        {
            var late = (int)Math.Floor((now - due).TotalDays);
            list.Add(new(Key(r, $"overdue:{late}"), NotificationKind.Escalation, due.AddDays(late), policy.EscalationDay + late));
        }
        return list;
    }

    /// <summary>The next instant after <paramref name="now"/> at which something falls due; null when the clock is not running.</summary>
    public static DateTimeOffset? Next(SupportRequest r, PolicyOptions policy, DateTimeOffset now) => Next(DeadlineClock.Of(r), policy, now);

    public static DateTimeOffset? Next(DeadlineClock r, PolicyOptions policy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (!Tracked(r))
        {
            return null;
        }
        var (research, chair, due) = Thresholds(r, policy);
        if (now < research)
        {
            return research;
        }
        if (now < chair)
        {
            return chair;
        }
        if (now < due)
        {
            return due;
        }
        return due.AddDays(Math.Floor((now - due).TotalDays) + 1);
    }

    public static (DateTimeOffset Research, DateTimeOffset Chair, DateTimeOffset Due) Thresholds(SupportRequest r, PolicyOptions policy) =>
        Thresholds(DeadlineClock.Of(r), policy);

    public static (DateTimeOffset Research, DateTimeOffset Chair, DateTimeOffset Due) Thresholds(DeadlineClock r, PolicyOptions policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var start = r.SubmittedAt!.Value + r.PausedFor;
        var due = r.DueAt!.Value;
        var window = due - start;
        var total = (double)policy.EscalationDay;
        return (start + (window * (policy.ResearchReminderDay / total)), start + (window * (policy.ChairReminderDay / total)), due);
    }

    private static string Key(DeadlineClock r, string what) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"deadline:{r.Id}:{r.ClockRound}:{what}");
}
