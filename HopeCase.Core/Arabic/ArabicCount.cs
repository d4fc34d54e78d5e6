using System.Globalization;

namespace HopeCase.Core.Arabic;

/// <summary>
/// Arabic number agreement, in one place for letters and pages: «يوم واحد», «يومان», «3 أيام», «11 يومًا», «100 يوم».
/// The last two digits decide from 100 on (103 أيام, 111 يومًا).
/// </summary>
public static class ArabicCount
{
    public static ArabicNoun Day { get; } = new("يوم", "يومان", "أيام", "يومًا");
    public static ArabicNoun Month { get; } = new("شهر", "شهران", "أشهر", "شهرًا");
    public static ArabicNoun Session { get; } = new("جلسة", "جلستان", "جلسات", "جلسة", Feminine: true);
    public static ArabicNoun Letter { get; } = new("خطاب", "خطابان", "خطابات", "خطابًا");
    public static ArabicNoun Member { get; } = new("عضو", "عضوان", "أعضاء", "عضوًا");

    public static ArabicCountForm FormOf(int n)
    {
        n = Math.Abs(n);
        var lastTwo = n % 100;
        return (n, lastTwo) switch
        {
            (1, _) => ArabicCountForm.One,
            (2, _) => ArabicCountForm.Two,
            (_, >= 3 and <= 10) => ArabicCountForm.Few,
            (_, >= 11) => ArabicCountForm.Many,
            _ => ArabicCountForm.Hundreds,
        };
    }

    /// <summary>The number and its noun as they are written: «3 أشهر», «شهران», «جلسة واحدة».</summary>
    public static string Of(int n, ArabicNoun noun)
    {
        ArgumentNullException.ThrowIfNull(noun);
        var digits = n.ToString(CultureInfo.InvariantCulture);
        return FormOf(n) switch
        {
            ArabicCountForm.One => $"{noun.Singular} {(noun.Feminine ? "واحدة" : "واحد")}",
            ArabicCountForm.Two => noun.Dual,
            ArabicCountForm.Few => $"{digits} {noun.Plural}",
            ArabicCountForm.Many => $"{digits} {noun.Accusative}",
            _ => $"{digits} {noun.Singular}",
        };
    }
}
