using HopeCase.Core.Data;
using HopeCase.Core.LiveUpdates;

namespace HopeCase.Web.Hosting;

/// <summary>
/// The change notifier: in-process on SQLite; on PostgreSQL carried by LISTEN/NOTIFY, so a page open on one node
/// hears of a change made on another (a letter printed by a job elsewhere, a submission from another officer).
/// </summary>
internal sealed class LiveUpdatesAcrossNodes(ChangeNotifier notifier, IServiceProvider services, ILogger<LiveUpdatesAcrossNodes> log) : BackgroundService
{
    private PostgresChangeChannel? _channel;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = services.GetRequiredService<DataSettings>();
        if (settings.IsPostgres)
        {
            _channel = new PostgresChangeChannel(settings.ConnectionString, notifier, log);
            notifier.CarryBy(_channel);
        }
        await base.StartAsync(cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        _channel is null ? Task.CompletedTask : _channel.ListenAsync(stoppingToken);

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        notifier.CarryBy(null);
        if (_channel is not null)
        {
            await _channel.DisposeAsync();
        }
    }
}
