using System.Collections.Concurrent;
using HopeCase.Core.LiveUpdates;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace HopeCase.Core.Data;

/// <summary>
/// The change notifier across nodes on PostgreSQL: a topic is sent with <c>pg_notify</c> on the channel
/// <see cref="Channel"/>, and one connection per node LISTENs and hands each topic to the local subscribers. A lost
/// connection is opened again by itself; after a reconnect every topic is delivered once, because notices sent
/// while away are gone and the open pages should reload their queues.
/// </summary>
public sealed class PostgresChangeChannel(string connectionString, ChangeNotifier notifier, ILogger log) : IChangeCarrier, IAsyncDisposable
{
    public const string Channel = "hopecase_changes";

    private readonly NpgsqlDataSource _source = NpgsqlDataSource.Create(connectionString);

    /// <summary>Set once LISTEN is in place (the first time), so a test or start-up can wait for it.</summary>
    public TaskCompletionSource Listening { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task<bool> TrySendAsync(ChangeTopic topic)
    {
        try
        {
            await using var cmd = _source.CreateCommand("SELECT pg_notify(@channel, @topic)");
            cmd.Parameters.AddWithValue("channel", Channel);
            cmd.Parameters.AddWithValue("topic", topic.ToString());
            await cmd.ExecuteNonQueryAsync();
            return true;
        }
        catch (Exception ex) when (HopeDatabase.IsUnavailable(ex))
        {
            log.LogWarning("Change {Topic} not sent to the other nodes: {Error}", topic, ex.Message);
            return false;
        }
    }

    /// <summary>Listens until <paramref name="ct"/> is cancelled, reconnecting after a lost connection.</summary>
    public async Task ListenAsync(CancellationToken ct)
    {
        var reconnect = false;
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await ListenOnceAsync(reconnect, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (HopeDatabase.IsUnavailable(ex) || ex is IOException)
            {
                log.LogWarning("Live updates from other nodes paused, PostgreSQL unreachable: {Error}", ex.Message);
                reconnect = true;
                await Task.Delay(TimeSpan.FromSeconds(1), ct).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private async Task ListenOnceAsync(bool reconnected, CancellationToken ct)
    {
        var pending = new ConcurrentQueue<ChangeTopic>();
        await using var connection = await _source.OpenConnectionAsync(ct);
        connection.Notification += (_, e) =>
        {
            if (Enum.TryParse<ChangeTopic>(e.Payload, out var topic))
            {
                pending.Enqueue(topic);
            }
        };
        await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(ct);
        }
        Listening.TrySetResult();
        if (reconnected)
        {
            log.LogInformation("Live updates from other nodes resumed");
            foreach (var topic in Enum.GetValues<ChangeTopic>())
            {
                await notifier.DeliverAsync(topic);
            }
        }
        while (!ct.IsCancellationRequested)
        {
            var heard = await connection.WaitAsync(TimeSpan.FromSeconds(30), ct);
            while (pending.TryDequeue(out var topic))
            {
                await notifier.DeliverAsync(topic);
            }
            if (!heard)
            {
                // A cheap round trip proves the connection is alive after a quiet period.
                await using var ping = new NpgsqlCommand("SELECT 1", connection);
                await ping.ExecuteNonQueryAsync(ct);
            }
        }
    }

    public ValueTask DisposeAsync() => _source.DisposeAsync();
}
