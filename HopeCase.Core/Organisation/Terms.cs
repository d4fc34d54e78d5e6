namespace HopeCase.Core.Organisation;

/// <summary>
/// The policy's own names for things, in one place, so letters (built in Core) and pages (the string files) say the
/// same word. Letters read these constants; <c>TermsTests</c> holds the string files and the default wording to them.
/// </summary>
public static class Terms
{
    /// <summary>The committee that studies requests and decides (P-6.5): «لجنة البحث», never «لجنة الخدمات».</summary>
    public const string CommitteeAr = "لجنة البحث";

    public const string CommitteeEn = "research committee";

    /// <summary>The policy's word for a survey (P-3.5): «استبانة», never «استبيان».</summary>
    public const string SurveyAr = "استبانة";

    /// <summary>The name shown as the author of what the system does on its own (letters from jobs, requeues).</summary>
    public const string SystemAr = "النظام الآلي";

    /// <summary>The name shown for what an applicant did on the public website.</summary>
    public const string WebsiteAr = "الموقع الإلكتروني";

    /// <summary>The words the policy does not use, each with the term to use instead.</summary>
    public static IReadOnlyDictionary<string, string> Retired { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["لجنة الخدمات"] = CommitteeAr,
        ["services committee"] = CommitteeEn,
        ["استبيان"] = SurveyAr,
    };
}
