using HopeCase.Core.Data;
using HopeCase.Core.Inquiries;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Requests;

/// <summary>The catalogue a new install starts with; the Admin changes it from there.</summary>
public static class DefaultCatalogue
{
    public static async Task EnsureAsync(IDbContextFactory<HopeDb> dbs, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(dbs);
        await using var db = await dbs.CreateDbContextAsync(ct);
        if (!await db.SupportTypes.AnyAsync(ct))
        {
            db.SupportTypes.AddRange(Types());
        }
        if (!await db.Faq.AnyAsync(ct))
        {
            db.Faq.AddRange(Faq());
        }
        await db.SaveChangesAsync(ct);
    }

    private static IEnumerable<SupportType> Types()
    {
        SupportType T(string code, string ar, string en, bool proofOfIncome = false, bool medical = false)
        {
            var t = new SupportType(code, ar, en);
            t.Require("صورة الهوية الوطنية أو الإقامة", "National ID or iqama copy", hasExpiry: true);
            if (medical)
            {
                t.Require("تقرير طبي", "Medical report", hasExpiry: false);
            }
            if (proofOfIncome)
            {
                t.Require("إثبات الدخل", "Proof of income", hasExpiry: true);
            }
            return t;
        }
        yield return T("counselling", "استشارة نفسية", "Psychological counselling");
        yield return T("psychiatric", "إحالة إلى طبيب نفسي", "Psychiatric referral", medical: true);
        yield return T("crisis", "تدخل في أزمة", "Crisis intervention");
        yield return T("family", "إرشاد أسري", "Family counselling");
        yield return T("financial", "دعم مالي", "Financial support", proofOfIncome: true);
        yield return T("medication", "دعم تكاليف العلاج الدوائي", "Medication cost support", proofOfIncome: true, medical: true);
    }

    private static IEnumerable<FaqEntry> Faq()
    {
        yield return new FaqEntry(GuideKind.SupportPolicyGuide, "كم يستغرق الرد على طلب الدعم؟",
            "تدرس لجنة البحث الطلب وترد بالقبول أو الاعتذار خلال أسبوعين من تقديمه مكتملًا.",
            "How long does an answer to a support request take?", "The research committee studies the request and answers within two weeks of its complete submission.");
        yield return new FaqEntry(GuideKind.SupportRequestForm, "ما المستندات المطلوبة لطلب الدعم؟",
            "صورة سارية من الهوية الوطنية أو الإقامة، ومستندات أخرى حسب نوع الدعم كالتقرير الطبي أو إثبات الدخل.",
            "Which documents does a support request need?", "A valid copy of the national ID or iqama, and others by support type such as a medical report or proof of income.");
        yield return new FaqEntry(GuideKind.SocialResearchGuide, "هل تزورني الجمعية في منزلي؟",
            "قد يجري مسؤول البحث الاجتماعي زيارة منزلية أو مقابلة في المكتب أو اتصالًا هاتفيًا أو مرئيًا لدراسة الحالة.",
            "Will the association visit my home?", "The social research officer may visit your home, meet you at the office, or call you by phone or video to study the case.");
        yield return new FaqEntry(GuideKind.Bylaws, "من تخدم جمعية أمل؟",
            "تخدم الجمعية الأشخاص الذين يمرون بأزمات نفسية وأسرهم في منطقة جازان.",
            "Whom does the Hope Association serve?", "People going through psychological crises, and their families, in the Jizan region.");
        yield return new FaqEntry(GuideKind.SupportPolicyGuide, "هل يمكنني التظلم إذا رُفض طلبي؟",
            "نعم، يمكنكم التظلم خلال ثلاثين يومًا من تاريخ خطاب القرار، ويعاد الطلب إلى لجنة البحث.",
            "Can I appeal if my request is declined?", "Yes, you may appeal within thirty days of the decision letter; the request returns to the research committee.");
    }
}
