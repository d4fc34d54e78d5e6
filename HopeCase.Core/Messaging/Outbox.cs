using HopeCase.Core.Beneficiaries;
using HopeCase.Core.Data;
using HopeCase.Core.Saudi;

namespace HopeCase.Core.Messaging;

/// <summary>Queues messages in the outbox, only on channels the beneficiary consented to. Sending is a separate job.</summary>
public static class Outbox
{
    /// <summary>Adds the receipt SMS to <paramref name="db"/> (saved with the caller's change, so both happen or neither).</summary>
    public static void QueueReceipt(HopeDb db, Beneficiary beneficiary, string reference, DateTimeOffset dueAt, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(beneficiary);
        var culture = System.Globalization.CultureInfo.GetCultureInfo(MessageTexts.Language(beneficiary.MessageLanguage) == "en" ? "en-GB" : "ar-SA");
        Queue(db, beneficiary, MessageKind.RequestReceipt, $"receipt:{reference}",
            new Dictionary<string, string> { ["reference"] = reference, ["date"] = DualDate.Numeric(dueAt, culture) }, now, smsOnly: true);
    }

    /// <summary>
    /// Adds one message per consented channel (SMS to the mobile, email to the address), in the beneficiary's language,
    /// keyed "<paramref name="key"/>:sms" and ":email". A key already queued is skipped, so callers may repeat.
    /// Returns how many messages were added.
    /// </summary>
    public static int Queue(HopeDb db, Beneficiary beneficiary, MessageKind kind, string key, IReadOnlyDictionary<string, string> values, DateTimeOffset now, bool smsOnly = false)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(beneficiary);
        var language = MessageTexts.Language(beneficiary.MessageLanguage);
        var body = MessageTexts.Compose(kind, language, values);
        var added = 0;
        if (beneficiary.ConsentSms && beneficiary.Mobile is not null)
        {
            added += Add(db, new OutboxMessage($"{key}:sms", beneficiary.Id, MessageChannel.Sms, kind, beneficiary.Mobile, body, language, now));
        }
        if (!smsOnly && beneficiary.ConsentEmail && beneficiary.Email is not null)
        {
            added += Add(db, new OutboxMessage($"{key}:email", beneficiary.Id, MessageChannel.Email, kind, beneficiary.Email, body, language, now));
        }
        return added;
    }

    /// <summary>A message to someone who is not (or not known as) a beneficiary, e.g. the sender of a complaint who left a mobile.</summary>
    public static int QueueTo(HopeDb db, MessageChannel channel, string to, MessageKind kind, string key, string? culture, IReadOnlyDictionary<string, string> values, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        return Add(db, MessageTo(channel, to, kind, key, culture, values, now));
    }

    /// <summary>The message <see cref="QueueTo"/> adds, keyed "<paramref name="key"/>:sms" or ":email", for a caller that writes many at once.</summary>
    public static OutboxMessage MessageTo(MessageChannel channel, string to, MessageKind kind, string key, string? culture, IReadOnlyDictionary<string, string> values, DateTimeOffset now)
    {
        var language = MessageTexts.Language(culture);
        var suffix = channel == MessageChannel.Sms ? "sms" : "email";
        return new OutboxMessage($"{key}:{suffix}", null, channel, kind, to, MessageTexts.Compose(kind, language, values), language, now);
    }

    private static int Add(HopeDb db, OutboxMessage message)
    {
        var local = db.Outbox.Local.Any(m => m.IdempotencyKey == message.IdempotencyKey);
        if (local || db.Outbox.Any(m => m.IdempotencyKey == message.IdempotencyKey))
        {
            return 0;
        }
        db.Outbox.Add(message);
        return 1;
    }
}
