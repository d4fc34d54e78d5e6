using System.Diagnostics;

namespace HopeCase.Tests.Support;

/// <summary>
/// A bounded wait on the real state (a job's state in the Hangfire store, a row in the database, an HTTP answer):
/// the condition is checked until it holds or the deadline passes. Use it where nothing announces the change;
/// where a change notice does, wait on <see cref="ChangeSignal"/> instead.
/// </summary>
public static class Eventually
{
    private static readonly TimeSpan Between = TimeSpan.FromMilliseconds(100);

    /// <summary>True as soon as <paramref name="condition"/> holds; false if it still does not after <paramref name="timeout"/>.</summary>
    public static async Task<bool> UntilAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed >= timeout)
            {
                return false;
            }
            await Task.Delay(Between);
        }
        return true;
    }

    public static Task<bool> UntilAsync(Func<bool> condition, TimeSpan timeout) => UntilAsync(() => Task.FromResult(condition()), timeout);
}
