namespace HopeCase.Core.Requests;

public enum UploadProblem
{
    None,
    Empty,
    TooLarge,
    NotAllowedType,
}
