using Microsoft.Extensions.Localization;

namespace HopeCase.Web.Shared;

/// <summary>Words for enum values and error codes, from the resources: "Contacts.ContactChannel_Phone", "Errors.NationalId_Invalid".</summary>
public static class Labels
{
    public static string Of<T>(IStringLocalizer l, T value) where T : struct, Enum =>
        l?[$"{Prefix(typeof(T))}_{value}"] ?? value.ToString();

    public static string Error(IStringLocalizer l, string code) => l?["Errors." + code.Replace('.', '_')] ?? code;

    private static string Prefix(Type t) => t.Name switch
    {
        "ContactChannel" => "Contacts.ContactChannel",
        "ContactPurpose" => "Contacts.ContactPurpose",
        "ContactDirection" => "Contacts.ContactDirection",
        "SupporterKind" => "Contacts.SupporterKind",
        "RequestStatus" => "Requests.RequestStatus",
        "RiskLevel" => "Beneficiaries.RiskLevel",
        "MaritalStatus" => "Beneficiaries.MaritalStatus",
        "IncomeBracket" => "Beneficiaries.IncomeBracket",
        "GuideKind" => "Inquiries.GuideKind",
        "UploadProblem" => "Requests.UploadProblem",
        "SignatureKind" => "Requests.SignatureKind",
        "VisitType" => "Research.VisitType",
        "Recommendation" => "Research.Recommendation",
        "DecisionKind" => "Committee.DecisionKind",
        "RejectionReason" => "Committee.RejectionReason",
        "DeliveryMode" => "Committee.DeliveryMode",
        "ChecklistItem" => "Registration.ChecklistItem",
        "NotificationKind" => "Deadlines.NotificationKind",
        "SessionStatus" => "Committee.SessionStatus",
        "Gender" => "Beneficiaries.Gender",
        _ => t.Name,
    };

    /// <summary>Arabic names on an Arabic page, English on an English one.</summary>
    public static bool Arabic => System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";
}
