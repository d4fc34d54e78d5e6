namespace HopeCase.Core.Feedback;

/// <summary>Settings of section <c>Feedback</c>: survey links, the follow-up threshold, complaint deadlines.</summary>
public sealed class FeedbackOptions
{
    public const string Section = "Feedback";

    /// <summary>How long a survey link stays valid.</summary>
    public int SurveyLinkDays { get; set; } = 14;

    /// <summary>Only letters and closures this recent are invited (so the first run does not survey years of history).</summary>
    public int SurveyLookbackDays { get; set; } = 30;

    /// <summary>An answer at or below this (on any 1–5 question) opens a follow-up task for the managers.</summary>
    public int FollowUpThreshold { get; set; } = 2;

    /// <summary>Words that make a comment negative (normalised Arabic or English, matched inside the comment).</summary>
    public List<string> NegativeWords { get; set; } =
        ["سيء", "سيئ", "سيئه", "مزعج", "تاخر", "تاخير", "اهمال", "غير راض", "لم يرد", "شكوي", "bad", "rude", "late", "slow", "terrible", "complain", "unhappy"];

    /// <summary>Working days (Sunday–Thursday) to answer a suggestion or complaint.</summary>
    public int ResponseWorkingDays { get; set; } = 5;

    /// <summary>The reminder to the assignee is sent this many working days before the deadline.</summary>
    public int ReminderWorkingDaysBefore { get; set; } = 1;

    /// <summary>Base of the links sent to beneficiaries, e.g. https://hope.org.sa (empty: the organisation's website).</summary>
    public string PublicBaseUrl { get; set; } = "";
}
