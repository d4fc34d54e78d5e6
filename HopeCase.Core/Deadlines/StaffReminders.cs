using HopeCase.Core.Data;
using HopeCase.Core.Messaging;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Deadlines;

/// <summary>
/// Composes a copy of new reminders and escalations for the outbox, for the staff who asked for e-mail or SMS; the
/// sweep writes them in the same transaction as the notifications. The message key is the notification's unique key and the person's id, so each reaches
/// each person once, however often the sweep runs.
/// </summary>
public static class StaffReminders
{
    private static readonly NotificationKind[] Sent = [NotificationKind.ResearchReminder, NotificationKind.ChairReminder, NotificationKind.Escalation];

    /// <summary>Who asked for e-mail or SMS, and their roles: read once per sweep run, not once per batch.</summary>
    public sealed record Recipients(IReadOnlyList<Recipient> People, ILookup<string, string?> Roles);

    public sealed record Recipient(string Id, string? Email, string? PhoneNumber, bool ByEmail, bool BySms);

    public static async Task<Recipients> LoadAsync(HopeDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var people = await (from c in db.Set<ReminderChannels>().AsNoTracking()
                            join u in db.Users.AsNoTracking() on c.UserId equals u.Id
                            where u.IsActive && (c.ByEmail || c.BySms)
                            select new Recipient(u.Id, u.Email, u.PhoneNumber, c.ByEmail, c.BySms)).ToListAsync(ct);
        if (people.Count == 0)
        {
            return new Recipients([], Array.Empty<string>().ToLookup(x => x, x => (string?)x, StringComparer.Ordinal));
        }
        var roles = (await (from ur in db.UserRoles.AsNoTracking() join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync(ct))
            .ToLookup(x => x.UserId, x => (string?)x.Name, StringComparer.Ordinal);
        return new Recipients(people, roles);
    }

    /// <summary>The outbox messages for <paramref name="added"/>: one per person who asked and channel they asked for.</summary>
    public static List<OutboxMessage> Messages(Recipients recipients, IReadOnlyCollection<StaffNotification> added, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        ArgumentNullException.ThrowIfNull(added);
        var messages = new List<OutboxMessage>();
        if (recipients.People.Count == 0)
        {
            return messages;
        }
        foreach (var n in added.Where(n => Sent.Contains(n.Kind)))
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal) { ["reference"] = n.Reference ?? "", ["what"] = What(n.Kind, n.Day) };
            foreach (var p in recipients.People.Where(p => n.RecipientUserId is { } id ? p.Id == id : recipients.Roles[p.Id].Contains(n.RecipientRole)))
            {
                var key = $"staff:{n.Key}:{p.Id}";
                if (p.ByEmail && !string.IsNullOrWhiteSpace(p.Email))
                {
                    messages.Add(Outbox.MessageTo(MessageChannel.Email, p.Email, MessageKind.StaffReminder, key, "ar", values, now));
                }
                if (p.BySms && !string.IsNullOrWhiteSpace(p.PhoneNumber))
                {
                    messages.Add(Outbox.MessageTo(MessageChannel.Sms, p.PhoneNumber, MessageKind.StaffReminder, key, "ar", values, now));
                }
            }
        }
        return messages;
    }

    private static string What(NotificationKind kind, int day) => kind switch
    {
        NotificationKind.ResearchReminder => $"اليوم {day} من مهلة القرار، والدراسة الاجتماعية لم تُرسل بعد",
        NotificationKind.ChairReminder => $"اليوم {day} من مهلة القرار، والطلب ينتظر قرار اللجنة",
        _ => "تجاوز الطلب مهلة القرار",
    };
}
