namespace HopeCase.Core.Requests;

/// <summary>The request's decision clock (P-6.5): started on submission, paused while waiting on the beneficiary, restarted by an appeal.</summary>
public sealed partial class SupportRequest
{
    /// <summary>Starts the decision window (P-6.5): critical requests get the short window.</summary>
    private void StartClock(DateTimeOffset at, TimeSpan window)
    {
        SubmittedAt = at;
        DueAt = at + window;
        PausedFor = TimeSpan.Zero;
        PausedSince = null;
        // The sweep looks at it straight away and works out the real next threshold.
        NextDeadlineAt = at;
    }

    /// <summary>An appeal opens a fresh window for the committee's second answer; its reminders are a new round.</summary>
    private void RestartClock(DateTimeOffset at, TimeSpan window)
    {
        DueAt = at + window;
        SubmittedAt ??= at;
        PausedFor = at - SubmittedAt.Value;
        PausedSince = null;
        ClockRound++;
        NextDeadlineAt = at;
    }

    private void PauseClock(DateTimeOffset at)
    {
        PausedSince ??= at;
        NextDeadlineAt = null;
    }

    /// <summary>The time spent waiting on the beneficiary is added to the due date.</summary>
    private void ResumeClock(DateTimeOffset at)
    {
        if (PausedSince is { } since && DueAt is { } due)
        {
            DueAt = due + (at - since);
            PausedFor += at - since;
        }
        PausedSince = null;
        NextDeadlineAt = at;
    }
}
