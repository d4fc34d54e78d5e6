using HopeCase.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Requests;

/// <summary>The lock per reference (<see cref="TrackLock"/>): one atomic upsert per miss, so parallel nodes count together.</summary>
public sealed class TrackLocks(IDbContextFactory<HopeDb> dbs, TimeProvider clock)
{
    /// <summary>True while the reference is locked (the answer is not even checked).</summary>
    public async Task<bool> IsLockedAsync(string? reference, CancellationToken ct = default)
    {
        var key = Key(reference);
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.TrackLocks.AsNoTracking().AnyAsync(l => l.Reference == key && l.LockedUntilMs > now, ct);
    }

    /// <summary>Counts a wrong answer for the reference; the <paramref name="allowed"/>-th miss of a window locks it for <paramref name="lockFor"/>.</summary>
    public async Task RecordMissAsync(string? reference, int allowed, TimeSpan window, TimeSpan lockFor, CancellationToken ct = default)
    {
        var key = Key(reference);
        var now = clock.GetUtcNow();
        var nowMs = now.ToUnixTimeMilliseconds();
        var windowStartAfter = nowMs - (long)window.TotalMilliseconds;
        var until = (now + lockFor).ToUnixTimeMilliseconds();
        await using var db = await dbs.CreateDbContextAsync(ct);
        // A window that has ended starts again at one miss; the count and the lock are decided inside the statement.
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO TrackLocks (Reference, Misses, WindowStartMs, LockedUntilMs)
            VALUES ({key}, 1, {nowMs}, CASE WHEN 1 >= {allowed} THEN {until} ELSE 0 END)
            ON CONFLICT (Reference) DO UPDATE SET
              Misses = CASE WHEN WindowStartMs < {windowStartAfter} THEN 1 ELSE Misses + 1 END,
              LockedUntilMs = CASE WHEN (CASE WHEN WindowStartMs < {windowStartAfter} THEN 1 ELSE Misses + 1 END) >= {allowed}
                THEN MAX(LockedUntilMs, {until}) ELSE LockedUntilMs END,
              WindowStartMs = CASE WHEN WindowStartMs < {windowStartAfter} THEN {nowMs} ELSE WindowStartMs END
            """, ct);
        // Old rows of references nobody asks for any more.
        await db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM TrackLocks WHERE WindowStartMs < {windowStartAfter} AND LockedUntilMs < {nowMs}", ct);
    }

    /// <summary>Whatever was typed, one row per reference: the stored form when it is one, else the text itself, capped.</summary>
    private static string Key(string? reference)
    {
        var normal = PublicReferences.Normalize(reference);
        var raw = (reference ?? "").Trim().ToUpperInvariant();
        return normal ?? (raw.Length > 24 ? raw[..24] : raw);
    }
}
