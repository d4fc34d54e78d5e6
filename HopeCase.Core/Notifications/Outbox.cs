using HopeCase.Core.Beneficiaries;
using HopeCase.Core.Data;
using HopeCase.Core.Saudi;

namespace HopeCase.Core.Notifications;

/// <summary>Queues messages in the outbox, only on channels the beneficiary consented to. Sending is a separate job.</summary>
public static class Outbox
{
    /// <summary>Adds the receipt SMS to <paramref name="db"/> (saved with the caller's change, so both happen or neither).</summary>
    public static void QueueReceipt(HopeDb db, Beneficiary beneficiary, string reference, DateTimeOffset dueAt, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(beneficiary);
        if (!beneficiary.ConsentSms || beneficiary.Mobile is null)
        {
            return;
        }
        var ar = System.Globalization.CultureInfo.GetCultureInfo("ar-SA");
        var body = $"جمعية أمل: استلمنا طلبكم رقم {reference}، وستدرسه لجنة البحث وترد عليكم قبل {DualDate.Numeric(dueAt, ar)}.";
        db.Outbox.Add(new OutboxMessage($"receipt:{reference}:sms", beneficiary.Id, MessageChannel.Sms, MessageKind.RequestReceipt,
            beneficiary.Mobile, body, "ar", now));
    }
}
