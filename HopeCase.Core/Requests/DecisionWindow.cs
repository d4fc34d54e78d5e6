using HopeCase.Core.Organisation;

namespace HopeCase.Core.Requests;

/// <summary>
/// The lengths of the decision window (P-6.5) that a move starting or restarting the clock needs. Passed to
/// <see cref="SupportRequest.Move(RequestTrigger, Security.Actor, DateTimeOffset, DecisionWindow, string?)"/> so the
/// entity never reads configuration itself.
/// </summary>
public readonly record struct DecisionWindow(TimeSpan Normal, TimeSpan Critical)
{
    public static DecisionWindow From(PolicyOptions policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return new(TimeSpan.FromDays(policy.DecisionWindowDays), TimeSpan.FromDays(policy.CriticalWindowDays));
    }

    /// <summary>The policy's default lengths (14 days, 1 day when critical), for demo data and benchmarks.</summary>
    public static DecisionWindow PolicyDefault { get; } = From(new PolicyOptions());

    /// <summary>False for <c>default</c>: no window was given.</summary>
    public bool IsGiven => Normal > TimeSpan.Zero && Critical > TimeSpan.Zero;

    public TimeSpan For(bool critical) => critical ? Critical : Normal;
}
