namespace HopeCase.Core.LiveUpdates;

/// <summary>Carries a topic to every node that shares the database (see <see cref="ChangeNotifier.CarryBy"/>).</summary>
public interface IChangeCarrier
{
    /// <summary>False when the topic could not be sent (the database is away); the caller then tells its own process only.</summary>
    Task<bool> TrySendAsync(ChangeTopic topic);
}
