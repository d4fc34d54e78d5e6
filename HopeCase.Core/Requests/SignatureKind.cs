namespace HopeCase.Core.Requests;

public enum SignatureKind
{
    DrawnOnScreen = 1,
    PaperFormUploaded = 2,
    TypedOnWebsite = 3,
}
