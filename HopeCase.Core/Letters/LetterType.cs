namespace HopeCase.Core.Letters;

/// <summary>The letters the association sends (issue 5). The numbers are stored: never renumber.</summary>
public enum LetterType
{
    RequestReceipt = 1,
    Acceptance = 2,
    Rejection = 3,
    MissingInformation = 4,
    ExternalReferral = 5,
    CommitteeMinutes = 6,
    SupportRequestForm = 7,
    WithdrawalConfirmation = 8,
}
