namespace HopeCase.Core.Messaging;

public enum MessageKind
{
    RequestReceipt = 1,
    Decision = 2,
    MissingInformation = 3,
    Appointment = 4,
    SurveyInvitation = 5,
    ComplaintAnswer = 6,

    /// <summary>A deadline reminder or escalation to a staff member who asked for it by e-mail or SMS.</summary>
    StaffReminder = 7,

    /// <summary>A one-time password-reset link to a staff member (sent directly, never kept in the outbox).</summary>
    PasswordReset = 8,

    /// <summary>A one-time code for /track (sent directly, never kept in the outbox).</summary>
    PublicCode = 9,
}
