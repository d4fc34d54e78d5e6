using System.Diagnostics;

namespace HopeCase.Core.Deadlines;

/// <summary>Where a sweep's time goes, summed over its batches (read by the benchmark; null in the app). A batch is read and planned while the one before is written, so the phases add up to more than the sweep took.</summary>
public sealed class SweepPhases
{
    private readonly Dictionary<string, TimeSpan> _spent = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    public IEnumerable<(string Phase, TimeSpan Spent)> Spent => _order.Select(p => (p, _spent[p]));

    public void Add(string phase, Stopwatch since)
    {
        ArgumentNullException.ThrowIfNull(since);
        // The next batch's read and plan run beside this one's write.
        lock (_spent)
        {
            if (!_spent.TryGetValue(phase, out var sum))
            {
                _order.Add(phase);
            }
            _spent[phase] = sum + since.Elapsed;
        }
        since.Restart();
    }

    public void Clear()
    {
        _spent.Clear();
        _order.Clear();
    }
}
