using HopeCase.Core.Requests;

namespace HopeCase.Core.Deadlines;

/// <summary>
/// The columns of a request the window's arithmetic reads, and what the sweep needs to write its effects: the sweep
/// reads this projection (no entity, no change tracking), not the whole request. <see cref="Version"/> is the one its
/// next-check row holds (<see cref="NextDeadline.RequestVersion"/>, -1 without a row): the sweep's write is guarded on it.
/// </summary>
public readonly record struct DeadlineClock(int Id, int Version, int ClockRound, RequestStatus Status, DateTimeOffset? SubmittedAt,
    DateTimeOffset? DueAt, DateTimeOffset? PausedSince, TimeSpan PausedFor, string? Reference, string? AssignedResearcherId)
{
    public static DeadlineClock Of(SupportRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.Id, r.NextCheck?.RequestVersion ?? -1, r.ClockRound, r.Status, r.SubmittedAt, r.DueAt, r.PausedSince, r.PausedFor, r.Reference, r.AssignedResearcherId);
    }
}
