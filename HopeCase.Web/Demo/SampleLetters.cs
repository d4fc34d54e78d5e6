using System.Globalization;
using HopeCase.Core.Letters;
using HopeCase.Core.Saudi;

namespace HopeCase.Web.Demo;

/// <summary>Example content for each letter type: the template editor's preview, the benchmark and the tests use it.</summary>
public static class SampleLetters
{
    public const string Name = "عبدالرحمن محمد علي الفيفي";
    public const string RequestNumber = "REQ-1448-0042";
    public const string Address = "جيزان - حي الروضة - شارع الملك فهد، ص.ب 1234، الرمز البريدي 45142";

    public static LetterContent For(LetterType type, bool arabic, DateOnly today, bool blankForm = false)
    {
        var culture = CultureInfo.GetCultureInfo(arabic ? "ar-SA" : "en-GB");
        string D(int days) => DualDate.Numeric(today.AddDays(days), culture);
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["BeneficiaryName"] = arabic ? Name : "Abdulrahman Mohammed Ali Alfaifi",
            ["RequestNumber"] = RequestNumber,
            ["RequestDate"] = D(-10),
            ["Decision"] = arabic ? "قبول" : "Accepted",
            ["Services"] = arabic ? "1. جلسات دعم نفسي فردية (8 جلسات)\n2. استشارة أسرية عبر الهاتف 0591955655" : "1. Individual psychological support sessions (8 sessions)\n2. Family counselling by phone 0591955655",
            ["Reasons"] = arabic ? "1. الطلب خارج نطاق خدمات الجمعية حاليًا\n2. عدم اكتمال المستندات (صورة الهوية 1012345678)" : "1. The request is outside the association's current services\n2. Incomplete documents (copy of ID 1012345678)",
            ["AppealDeadline"] = D(30),
            ["MissingItems"] = arabic ? "1. صورة الهوية الوطنية\n2. تقرير طبي حديث (Medical report)" : "1. Copy of the national ID\n2. A recent medical report",
            ["DueDate"] = D(14),
            ["WithdrawalDate"] = D(-1),
            ["TrackingCode"] = "K7QM-4XRT-9HCP",
            ["ReferralBody"] = arabic ? "مستشفى الصحة النفسية بجيزان" : "Jizan Mental Health Hospital",
            ["ReferralReason"] = arabic ? "لحاجته إلى تقييم طبي نفسي متخصص" : "for a specialised psychiatric assessment",
            ["SessionNumber"] = "7/1448",
            ["SessionDate"] = D(-1),
            ["MembersPresent"] = "4",
            ["Decisions"] = arabic ? "1. قبول الطلب رقم REQ-1448-0042\n2. رفض الطلب رقم REQ-1448-0043 مع بيان الأسباب\n3. إحالة الطلب رقم REQ-1448-0044 إلى جهة خارجية" : "1. Request REQ-1448-0042 accepted\n2. Request REQ-1448-0043 declined with reasons\n3. Request REQ-1448-0044 referred outside",
        };
        IReadOnlyList<IReadOnlyList<string>>? rows = type switch
        {
            LetterType.CommitteeMinutes => arabic
                ? [["سارة حكمي", "رئيس اللجنة"], ["خالد الشهري", "عضو"], ["مريم عسيري", "عضو"], ["د. فهد النعمي", "عضو"]]
                : [["Sarah Hakami", "Chair"], ["Khalid Alshehri", "Member"], ["Mariam Asiri", "Member"], ["Dr. Fahd Alnaimi", "Member"]],
            LetterType.SupportRequestForm => FormRows(arabic, blankForm),
            _ => null,
        };
        var attachments = type switch
        {
            LetterType.ExternalReferral => arabic ? new[] { "ملخص الحالة", "صورة الهوية 1012345678" } : ["Case summary", "Copy of ID 1012345678"],
            LetterType.MissingInformation => arabic ? ["قائمة المستندات المطلوبة"] : ["List of required documents"],
            _ => [],
        };
        var recipient = type == LetterType.ExternalReferral ? values["ReferralBody"] : values["BeneficiaryName"];
        return new LetterContent(type, arabic ? "ar" : "en", recipient, Address, values, attachments, rows);
    }

    private static List<IReadOnlyList<string>> FormRows(bool arabic, bool blank)
    {
        (string Ar, string En, string Value)[] fields =
        [
            ("الاسم الرباعي", "Full name", Name),
            ("رقم الهوية / الإقامة", "National ID / iqama", "1012345678"),
            ("رقم الجوال", "Mobile", "0551234567"),
            ("المحافظة", "Governorate", "جيزان"),
            ("العنوان الوطني", "National address", "JAZA1234"),
            ("نوع الدعم المطلوب", "Support requested", "جلسات دعم نفسي"),
            ("الآيبان (للدعم المالي)", "IBAN (financial support)", "SA44 2000 0001 2345 6789 1234"),
        ];
        return fields.Select(f => (IReadOnlyList<string>)[arabic ? f.Ar : f.En, blank ? "" : f.Value]).ToList();
    }
}
