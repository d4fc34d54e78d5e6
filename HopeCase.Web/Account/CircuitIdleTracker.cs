namespace HopeCase.Web.Account;

/// <summary>
/// When the person at an open page last did something (typed, clicked, scrolled), as reported by the page's idle
/// script. One per interactive circuit; the revalidation signs the circuit out when it has been idle too long.
/// </summary>
public sealed class CircuitIdleTracker(TimeProvider clock)
{
    private long _lastTicks = clock.GetUtcNow().UtcTicks;

    public DateTimeOffset LastActivity => new(Interlocked.Read(ref _lastTicks), TimeSpan.Zero);

    public TimeSpan IdleFor => clock.GetUtcNow() - LastActivity;

    public void Touch() => Interlocked.Exchange(ref _lastTicks, clock.GetUtcNow().UtcTicks);
}
