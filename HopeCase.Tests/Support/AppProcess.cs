using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace HopeCase.Tests.Support;

/// <summary>HopeCase.Web started as its own process, exactly as the run command starts it.</summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();

    private AppProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => { lock (_stdout) { _stdout.AppendLine(e.Data); } };
        _process.ErrorDataReceived += (_, e) => { lock (_stderr) { _stderr.AppendLine(e.Data); } };
    }

    public int Port { get; private init; }

    public string Stdout { get { lock (_stdout) { return _stdout.ToString(); } } }

    public string Stderr { get { lock (_stderr) { return _stderr.ToString(); } } }

    public static AppProcess Start(string dataFolder, string environment = "Development", params string[] extra)
    {
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "HopeCase.Web.dll", "--urls", $"http://127.0.0.1:{port}", $"--Data:Folder={dataFolder}", $"--contentRoot={AppContext.BaseDirectory}" }.Concat(extra))
        {
            info.ArgumentList.Add(arg);
        }
        info.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        var process = new AppProcess(Process.Start(info)!) { Port = port };
        process._process.BeginOutputReadLine();
        process._process.BeginErrorReadLine();
        return process;
    }

    public async Task<int?> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
            return _process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>Polls /health until it answers 200 or the time is up; returns the last status.</summary>
    public async Task<HttpStatusCode?> WaitForHealthyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        HttpStatusCode? last = null;
        await Eventually.UntilAsync(async () =>
        {
            if (_process.HasExited)
            {
                return true;
            }
            try
            {
                last = (await http.GetAsync(new Uri($"http://127.0.0.1:{Port}/health"))).StatusCode;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            return last == HttpStatusCode.OK;
        }, timeout);
        return last;
    }

    /// <summary>A free TCP port on 127.0.0.1, for any server a test starts.</summary>
    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private bool _disposed;

    /// <summary>Kills the process (as kill -9 does) if it still runs; a second call does nothing.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
