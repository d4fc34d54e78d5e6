using HopeCase.Core.Requests;

namespace HopeCase.Core.Deadlines;

/// <summary>
/// The columns of a request the window's arithmetic reads, and what the sweep needs to write its effects: the sweep
/// reads this projection (no entity, no change tracking), not the whole request. <see cref="Version"/> is the one its
/// next-check row holds (<see cref="NextDeadline.RequestVersion"/>, -1 without a row): the sweep's write is guarded on it.
/// <see cref="NextAt"/> is that row's next check: an effect falling at or after it cannot have been written yet, but for
/// a race (every run that looks at the request leaves its next check after its own instant).
/// </summary>
public readonly record struct DeadlineClock(int Id, int Version, int ClockRound, RequestStatus Status, DateTimeOffset? SubmittedAt,
    DateTimeOffset? DueAt, DateTimeOffset? PausedSince, TimeSpan PausedFor, string? Reference, string? AssignedResearcherId, DateTimeOffset? NextAt = null)
{
    public static DeadlineClock Of(SupportRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.Id, r.NextCheck?.RequestVersion ?? -1, r.ClockRound, r.Status, r.SubmittedAt, r.DueAt, r.PausedSince, r.PausedFor, r.Reference, r.AssignedResearcherId, r.NextCheck?.At);
    }
}
