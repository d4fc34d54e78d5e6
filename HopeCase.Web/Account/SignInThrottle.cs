using System.Threading.RateLimiting;

namespace HopeCase.Web.Account;

/// <summary>
/// The in-process burst throttle in front of sign-in: one token bucket per client address and one per account,
/// chained, so neither many accounts from one address nor many addresses against one account get far. The
/// lockout after repeated wrong passwords is Identity's, stored in the database, and holds across nodes.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<SignInAttempt> _limiter;

    public SignInThrottle(AuthOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var perClient = PartitionedRateLimiter.Create<SignInAttempt, string>(a => RateLimitPartition.GetTokenBucketLimiter(
            "client:" + a.Client, _ => Bucket(options.SignInBurstPerClient, TimeSpan.FromSeconds(10))));
        var perAccount = PartitionedRateLimiter.Create<SignInAttempt, string>(a => RateLimitPartition.GetTokenBucketLimiter(
            "account:" + a.Account.Trim().ToUpperInvariant(), _ => Bucket(options.SignInBurstPerAccount, TimeSpan.FromSeconds(30))));
        _limiter = PartitionedRateLimiter.CreateChained(perClient, perAccount);
    }

    /// <summary>Takes one attempt from both buckets; false when either is empty.</summary>
    public bool TryAcquire(string client, string account)
    {
        using var lease = _limiter.AttemptAcquire(new SignInAttempt(client ?? "unknown", account ?? ""));
        return lease.IsAcquired;
    }

    private static TokenBucketRateLimiterOptions Bucket(int burst, TimeSpan refill) => new()
    {
        TokenLimit = Math.Max(1, burst),
        TokensPerPeriod = 1,
        ReplenishmentPeriod = refill,
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    public void Dispose() => _limiter.Dispose();
}
