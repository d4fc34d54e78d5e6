namespace HopeCase.Core.LiveUpdates;

/// <summary>
/// Publish/subscribe between services (and jobs) and the open pages. In-process by default (SQLite, one node); once
/// <see cref="CarryBy"/> hands it a carrier (PostgreSQL LISTEN/NOTIFY), a published topic goes to every node,
/// this one included, and reaches the subscribers through <see cref="DeliverAsync"/>.
/// </summary>
public sealed class ChangeNotifier
{
    private IChangeCarrier? _carrier;

    public event Func<ChangeTopic, Task>? Changed;

    /// <summary>Sends every later topic through <paramref name="carrier"/> instead of straight to this process's subscribers.</summary>
    public void CarryBy(IChangeCarrier? carrier) => _carrier = carrier;

    public async Task PublishAsync(ChangeTopic topic)
    {
        if (_carrier is { } carrier && await carrier.TrySendAsync(topic))
        {
            return;
        }
        // No carrier, or it cannot reach the other nodes now: this node's pages still hear of the change.
        await DeliverAsync(topic);
    }

    /// <summary>Tells this process's subscribers; a carrier calls it for each topic it receives.</summary>
    public async Task DeliverAsync(ChangeTopic topic)
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
