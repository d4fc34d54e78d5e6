namespace HopeCase.Core.Requests;

/// <summary>What a move does to the decision clock (P-6.5); written in <see cref="RequestLifecycle"/>'s table beside the move.</summary>
public enum ClockEffect
{
    /// <summary>The clock is left as it is.</summary>
    None,

    /// <summary>The window opens: submission time, due date and the first deadline check.</summary>
    Start,

    /// <summary>The clock stops while the association waits on the beneficiary.</summary>
    Pause,

    /// <summary>The clock runs again; the due date moves later by the time it stood still.</summary>
    Resume,

    /// <summary>A fresh window for a second answer (an appeal); its reminders are a new round.</summary>
    Restart,

    /// <summary>The clock stops for good (a withdrawal): nothing falls due any more.</summary>
    Stop,
}
