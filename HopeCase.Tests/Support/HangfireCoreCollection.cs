using Hangfire.Logging;

namespace HopeCase.Tests.Support;

/// <summary>
/// Hangfire keeps one log provider for the whole process, and every in-process app (HopeAppFactory) installs its own
/// and disposes it with the app. Tests that use Hangfire storage without an app install a silent provider first and
/// run alone, so no app can swap in (and dispose) a provider under them.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HangfireCoreCollection
{
    public const string Name = "hangfire-core";

    public static void UseSilentLogs() => LogProvider.SetCurrentLogProvider(new Silent());

    private sealed class Silent : ILogProvider, ILog
    {
        public ILog GetLogger(string name) => this;

        public bool Log(LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
