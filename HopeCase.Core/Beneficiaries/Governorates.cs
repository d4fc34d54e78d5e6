namespace HopeCase.Core.Beneficiaries;

public static class Governorates
{
    /// <summary>The governorates of Jizan region: the default list on intake forms.</summary>
    public static IReadOnlyList<string> Jizan { get; } =
    [
        "جيزان", "صبيا", "أبو عريش", "صامطة", "بيش", "الدرب", "الحرث", "ضمد", "الريث", "العارضة",
        "العيدابي", "فيفاء", "الطوال", "هروب", "فرسان", "الدائر", "أحد المسارحة", "القياس",
    ];
}
