namespace HopeCase.Core.Committee;

/// <summary>The catalogue of rejection reasons (each also needs free text). Numbers are stored: never renumber.</summary>
public enum RejectionReason
{
    NotEligible = 1,
    OutsideRegion = 2,
    ServiceNotOffered = 3,
    SupportedElsewhere = 4,
    InformationNotConfirmed = 5,
    Other = 99,
}
