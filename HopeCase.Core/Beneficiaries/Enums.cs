namespace HopeCase.Core.Beneficiaries;

public enum MaritalStatus
{
    Unmarried = 1,
    Married = 2,
    Divorced = 3,
    Widowed = 4,
}

public enum IncomeBracket
{
    None = 0,
    Below3000 = 1,
    From3000To5999 = 2,
    From6000To9999 = 3,
    From10000 = 4,
}

/// <summary>The eight channels of P-4, in the policy's order.</summary>
public enum ContactChannel
{
    Interview = 1,
    Phone = 2,
    SocialMedia = 3,
    Letter = 4,
    HelpRequestServices = 5,
    Volunteering = 6,
    Website = 7,
    BranchRepresentative = 8,
}

public static class Governorates
{
    /// <summary>The governorates of Jizan region: the default list on intake forms.</summary>
    public static IReadOnlyList<string> Jizan { get; } =
    [
        "جيزان", "صبيا", "أبو عريش", "صامطة", "بيش", "الدرب", "الحرث", "ضمد", "الريث", "العارضة",
        "العيدابي", "فيفاء", "الطوال", "هروب", "فرسان", "الدائر", "أحد المسارحة", "القياس",
    ];
}
