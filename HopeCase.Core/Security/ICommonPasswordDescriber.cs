namespace HopeCase.Core.Security;

/// <summary>An Identity error describer that can word the "too common" refusal in the reader's language.</summary>
public interface ICommonPasswordDescriber
{
    string CommonPassword();
}
