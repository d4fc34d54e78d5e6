namespace HopeCase.Core.LiveUpdates;

/// <summary>In-process publish/subscribe between services (and jobs) and the open pages.</summary>
public sealed class ChangeNotifier
{
    public event Func<ChangeTopic, Task>? Changed;

    public async Task PublishAsync(ChangeTopic topic)
    {
        var handlers = Changed;
        if (handlers is null)
        {
            return;
        }
        foreach (var handler in handlers.GetInvocationList().Cast<Func<ChangeTopic, Task>>())
        {
            try
            {
                await handler(topic);
            }
            catch (ObjectDisposedException)
            {
                // A page closed while we were telling it; nothing to do.
            }
        }
    }
}
