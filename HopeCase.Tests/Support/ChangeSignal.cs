using HopeCase.Core.LiveUpdates;

namespace HopeCase.Tests.Support;

/// <summary>
/// Waits for something that the app announces with a change notice (a letter issued by the job server, a referral):
/// the check runs once, then again after each notice on the topic, until it finds what it looks for or the deadline passes.
/// </summary>
public static class ChangeSignal
{
    public static async Task<T> WaitAsync<T>(ChangeNotifier notifier, ChangeTopic topic, Func<Task<T?>> check, TimeSpan timeout, Func<string>? explain = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(notifier);
        ArgumentNullException.ThrowIfNull(check);
        using var notices = new SemaphoreSlim(0);
        Task OnChanged(ChangeTopic t)
        {
            if (t == topic)
            {
                notices.Release();
            }
            return Task.CompletedTask;
        }

        // Listen before the first check, so a notice between the check and the wait is not lost.
        notifier.Changed += OnChanged;
        try
        {
            var deadline = DateTime.UtcNow + timeout;
            while (true)
            {
                if (await check() is { } found)
                {
                    return found;
                }
                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero || !await notices.WaitAsync(left))
                {
                    return await check() ?? throw new TimeoutException($"No {topic} notice brought what was awaited within {timeout.TotalSeconds:0} s. {explain?.Invoke()}");
                }
            }
        }
        finally
        {
            notifier.Changed -= OnChanged;
        }
    }
}
