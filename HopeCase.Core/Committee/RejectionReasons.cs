namespace HopeCase.Core.Committee;

/// <summary>The catalogue's words as printed on rejection letters (letters are Arabic; screens use the resources).</summary>
public static class RejectionReasons
{
    public static string Arabic(RejectionReason reason) => reason switch
    {
        RejectionReason.NotEligible => "عدم انطباق شروط الاستحقاق",
        RejectionReason.OutsideRegion => "الإقامة خارج نطاق خدمة الجمعية",
        RejectionReason.ServiceNotOffered => "الخدمة المطلوبة لا تقدمها الجمعية حاليًا",
        RejectionReason.SupportedElsewhere => "الحصول على الدعم نفسه من جهة أخرى",
        RejectionReason.InformationNotConfirmed => "تعذر التحقق من البيانات المقدمة",
        _ => "أسباب أخرى",
    };
}
