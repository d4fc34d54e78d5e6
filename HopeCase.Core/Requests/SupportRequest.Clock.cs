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
        SetNextDeadline(at);
    }

    /// <summary>An appeal opens a fresh window for the committee's second answer; its reminders are a new round.</summary>
    private void RestartClock(DateTimeOffset at, TimeSpan window)
    {
        DueAt = at + window;
        SubmittedAt ??= at;
        PausedFor = at - SubmittedAt.Value;
        PausedSince = null;
        ClockRound++;
        SetNextDeadline(at);
    }

    private void PauseClock(DateTimeOffset at)
    {
        PausedSince ??= at;
        SetNextDeadline(null);
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
        SetNextDeadline(at);
    }

    /// <summary>Set by the request's own moves: a row while something can fall due, none once nothing can.</summary>
    private void SetNextDeadline(DateTimeOffset? at)
    {
        if (at is null)
        {
            NextCheck = null;
        }
        else if (NextCheck is null)
        {
            NextCheck = new NextDeadline(at.Value, Version);
        }
        else
        {
            NextCheck.Set(at);
        }
    }
}
