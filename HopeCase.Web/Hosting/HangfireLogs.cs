using HfLog = Hangfire.Logging;

namespace HopeCase.Web.Hosting;

/// <summary>
/// Hangfire keeps one process-wide log provider. Bound straight to a host's <see cref="ILoggerFactory"/>, it throws
/// <see cref="ObjectDisposedException"/> from every job creation once that host has stopped — during shutdown, or when
/// a second host runs in the same process. This one writes through the factory while it lives and drops the line after.
/// </summary>
internal sealed class HangfireLogs(ILoggerFactory factory) : HfLog.ILogProvider
{
    public HfLog.ILog GetLogger(string name) => new Logger(factory, name);

    private sealed class Logger(ILoggerFactory factory, string name) : HfLog.ILog
    {
        private ILogger? _logger;

        public bool Log(HfLog.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            try
            {
                _logger ??= factory.CreateLogger(name);
                var level = Map(logLevel);
                if (messageFunc is null)
                {
                    return _logger.IsEnabled(level);
                }
                if (_logger.IsEnabled(level))
                {
                    // Hangfire hands over a finished message, not a template: log it as the state, formatted as itself.
                    _logger.Log(level, default, messageFunc(), exception, static (message, _) => message);
                }
                return true;
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }

        private static LogLevel Map(HfLog.LogLevel level) => level switch
        {
            HfLog.LogLevel.Trace => LogLevel.Trace,
            HfLog.LogLevel.Debug => LogLevel.Debug,
            HfLog.LogLevel.Info => LogLevel.Information,
            HfLog.LogLevel.Warn => LogLevel.Warning,
            HfLog.LogLevel.Error => LogLevel.Error,
            _ => LogLevel.Critical,
        };
    }
}
