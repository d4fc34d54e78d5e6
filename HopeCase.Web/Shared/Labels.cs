using Microsoft.Extensions.Localization;

namespace HopeCase.Web.Shared;

/// <summary>Words for enum values and error codes, from the resources: "Channel_Phone", "Err_NationalId_Invalid".</summary>
public static class Labels
{
    public static string Of<T>(IStringLocalizer l, T value) where T : struct, Enum =>
        l?[$"{Prefix(typeof(T))}_{value}"] ?? value.ToString();

    public static string Error(IStringLocalizer l, string code) => l?["Err_" + code.Replace('.', '_')] ?? code;

    private static string Prefix(Type t) => t.Name switch
    {
        "ContactChannel" => "Channel",
        "ContactPurpose" => "Purpose",
        "ContactDirection" => "Direction",
        "RequestStatus" => "Status",
        "RiskLevel" => "Risk",
        "MaritalStatus" => "Marital",
        "IncomeBracket" => "Income",
        "GuideKind" => "Guide",
        "UploadProblem" => "Upload",
        "SignatureKind" => "Signature",
        "VisitType" => "ResVisit",
        "Recommendation" => "ResRec",
        "DecisionKind" => "ResKind",
        "RejectionReason" => "ResReason",
        "DeliveryMode" => "ResMode",
        "ChecklistItem" => "ResCheck",
        "NotificationKind" => "ResNote",
        "SessionStatus" => "ResSession",
        _ => t.Name,
    };

    /// <summary>Arabic names on an Arabic page, English on an English one.</summary>
    public static bool Arabic => System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";
}
