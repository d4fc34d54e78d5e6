namespace HopeCase.Core.Messaging;

/// <summary>
/// The short texts sent to beneficiaries, in Arabic and English. SMS must stay short, so each text is one sentence
/// with placeholders ({reference}, {link}, {date}, {answer}) filled by <see cref="Compose"/>.
/// </summary>
public static class MessageTexts
{
    private static readonly Dictionary<(MessageKind, string), string> Texts = new()
    {
        [(MessageKind.RequestReceipt, "ar")] = "جمعية أمل: استلمنا طلبكم رقم {reference}، وسنرد عليكم قبل {date}.",
        [(MessageKind.RequestReceipt, "en")] = "Hope Association: we received your request {reference} and will answer by {date}.",
        [(MessageKind.Decision, "ar")] = "جمعية أمل: صدر قرار لجنة البحث في طلبكم رقم {reference}، وسيصلكم خطاب القرار.",
        [(MessageKind.Decision, "en")] = "Hope Association: the committee has decided on your request {reference}; the letter is on its way.",
        [(MessageKind.MissingInformation, "ar")] = "جمعية أمل: نحتاج إلى استكمال بعض المعلومات لطلبكم رقم {reference}، نرجو التواصل معنا.",
        [(MessageKind.MissingInformation, "en")] = "Hope Association: we need some more information for your request {reference}; please contact us.",
        [(MessageKind.Appointment, "ar")] = "جمعية أمل: موعدكم يوم {date}. نسعد بخدمتكم.",
        [(MessageKind.Appointment, "en")] = "Hope Association: your appointment is on {date}. We look forward to seeing you.",
        [(MessageKind.SurveyInvitation, "ar")] = "جمعية أمل: رأيكم يهمنا. نرجو تقييم خدمتنا عبر الرابط (صالح حتى {date}): {link}",
        [(MessageKind.SurveyInvitation, "en")] = "Hope Association: your opinion matters. Please rate our service (link valid until {date}): {link}",
        [(MessageKind.ComplaintAnswer, "ar")] = "جمعية أمل: بخصوص ملاحظتكم رقم {reference}: {answer}",
        [(MessageKind.ComplaintAnswer, "en")] = "Hope Association: about your feedback {reference}: {answer}",
        [(MessageKind.StaffReminder, "ar")] = "جمعية أمل (تذكير داخلي): الطلب رقم {reference}: {what}.",
        [(MessageKind.StaffReminder, "en")] = "HopeCase reminder: request {reference}: {what}.",
    };

    /// <summary>"en" for English, "ar" for everything else (Arabic is the default).</summary>
    public static string Language(string? culture) =>
        culture is not null && culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "ar";

    public static string Compose(MessageKind kind, string? culture, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var text = Texts[(kind, Language(culture))];
        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }
        return text;
    }
}
