namespace HopeCase.Core.Beneficiaries;

public enum IncomeBracket
{
    None = 0,
    Below3000 = 1,
    From3000To5999 = 2,
    From6000To9999 = 3,
    From10000 = 4,
}
