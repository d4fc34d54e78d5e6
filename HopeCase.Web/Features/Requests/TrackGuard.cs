using System.Collections.Concurrent;
using HopeCase.Core.Requests;
using HopeCase.Web.Public;
using Microsoft.Extensions.Options;

namespace HopeCase.Web.Features.Requests;

/// <summary>
/// Counts wrong /track answers per client address; after the allowed misses the client is refused until its window ends.
/// Only misses count, so someone checking their own request often is never refused. Each miss also counts against the
/// reference itself, in the database (<see cref="TrackLocks"/>), so guesses spread over many addresses or nodes lock it.
/// </summary>
public sealed class TrackGuard(TimeProvider clock, IOptions<PublicOptions> options, TrackLocks locks)
{
    /// <summary>Refused: this client used up its misses, or the reference is locked for everyone.</summary>
    public async Task<bool> IsRefusedAsync(string client, string? reference, CancellationToken ct = default) =>
        IsBlocked(client) || await locks.IsLockedAsync(reference, ct);

    /// <summary>A wrong answer: counted for the client (this node) and for the reference (every node).</summary>
    public async Task MissAsync(string client, string? reference, CancellationToken ct = default)
    {
        RecordMiss(client);
        var o = options.Value;
        await locks.RecordMissAsync(reference, o.ReferenceMisses, TimeSpan.FromMinutes(o.ReferenceWindowMinutes), TimeSpan.FromMinutes(o.ReferenceLockMinutes), ct);
    }

    private const int PruneAbove = 10_000;
    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);

    private sealed class Window(DateTimeOffset start)
    {
        public DateTimeOffset Start { get; } = start;
        public int Misses { get; set; }
    }

    private TimeSpan Length => TimeSpan.FromMinutes(options.Value.TrackWindowMinutes);

    public bool IsBlocked(string client)
    {
        var now = clock.GetUtcNow();
        if (!_windows.TryGetValue(client, out var window))
        {
            return false;
        }
        lock (window)
        {
            return now - window.Start < Length && window.Misses >= options.Value.TrackMisses;
        }
    }

    public void RecordMiss(string client)
    {
        var now = clock.GetUtcNow();
        if (_windows.Count > PruneAbove)
        {
            Prune(now);
        }
        while (true)
        {
            var window = _windows.GetOrAdd(client, _ => new Window(now));
            lock (window)
            {
                if (now - window.Start >= Length)
                {
                    // The old window is over: start a new one with this miss.
                    if (!_windows.TryUpdate(client, new Window(now) { Misses = 1 }, window))
                    {
                        continue;
                    }
                    return;
                }
                window.Misses++;
                return;
            }
        }
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, window) in _windows)
        {
            if (now - window.Start >= Length)
            {
                _windows.TryRemove(key, out _);
            }
        }
    }
}
