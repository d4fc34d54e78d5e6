using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;

namespace HopeCase.Benchmarks;

/// <summary>The measured app (<see cref="CircuitsApp"/>) as a child process: its address, and its memory on request.</summary>
internal sealed class CircuitsProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource<string> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Channel<string> _memory = Channel.CreateUnbounded<string>();
    private readonly Channel<string> _submits = Channel.CreateUnbounded<string>();
    private readonly OutputTail _tail = new();

    private readonly string? _ownFolder;

    private CircuitsProcess(Process process, string? ownFolder)
    {
        _process = process;
        _ownFolder = ownFolder;
        _process.OutputDataReceived += (_, e) => Line(e.Data);
        _process.ErrorDataReceived += (_, e) => Line(e.Data);
    }

    public int Id => _process.Id;

    public string Tail => _tail.ToString();

    /// <summary>
    /// The app on the working copy: on SQLite its folder is the app's data folder; on PostgreSQL the app gets the
    /// database's connection string and a temporary data folder of its own (the audit chain's key, Hangfire's file).
    /// </summary>
    public static CircuitsProcess Start(SeedCache.WorkingCopy copy, int officers)
    {
        var folder = copy.Folder;
        string[] data = [$"--Data:Folder={folder}"];
        if (folder is null)
        {
            folder = Directory.CreateTempSubdirectory("hopecase-circuits-").FullName;
            data = [$"--Data:Folder={folder}", "--Data:Provider=Postgres", $"--Data:ConnectionString={copy.PostgresConnectionString}"];
        }
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false,
        };
        foreach (var arg in new[]
                 {
                     Path.Combine(AppContext.BaseDirectory, "HopeCase.Benchmarks.dll"), CircuitsApp.Name, officers.ToString(CultureInfo.InvariantCulture),
                     "--urls", "http://127.0.0.1:0", $"--contentRoot={AppContext.BaseDirectory}",
                     // Every officer signs in from 127.0.0.1 within a minute: one client address, as behind one office NAT.
                     "--Auth:SignInBurstPerClient=100000",
                 })
        {
            info.ArgumentList.Add(arg);
        }
        foreach (var arg in data)
        {
            info.ArgumentList.Add(arg);
        }
        // The web app runs with server GC (HopeCase.Web.runtimeconfig.json); this host is a console program, so say so.
        info.Environment["DOTNET_gcServer"] = "1";
        var app = new CircuitsProcess(Process.Start(info)!, copy.Folder is null ? folder : null);
        app._process.BeginOutputReadLine();
        app._process.BeginErrorReadLine();
        return app;
    }

    /// <summary>The app's address once it has started and created its officers, or null (see <see cref="Tail"/>).</summary>
    public async Task<string?> WaitReadyAsync(TimeSpan timeout) =>
        await Task.WhenAny(_ready.Task, Task.Delay(timeout), _process.WaitForExitAsync()) == _ready.Task ? await _ready.Task : null;

    /// <summary>Managed bytes and resident KB after a forced full collection inside the app.</summary>
    public async Task<Memory> MemoryAsync()
    {
        await _process.StandardInput.WriteLineAsync("MEM");
        await _process.StandardInput.FlushAsync();
        var line = await _memory.Reader.ReadAsync();
        var values = line.Split(' ').Skip(1).Select(p => p.Split('=')).ToDictionary(p => p[0], p => long.Parse(p[1], CultureInfo.InvariantCulture));
        return new Memory(values["managed"], values["heap"], values["rss"], values["anon"]);
    }

    /// <summary>The server's time (ms) for each form submitted since the last call (<see cref="CircuitsApp"/>).</summary>
    public async Task<double[]> SubmitsAsync()
    {
        await _process.StandardInput.WriteLineAsync("SUBMITS");
        await _process.StandardInput.FlushAsync();
        var line = await _submits.Reader.ReadAsync();
        return [.. line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(v => double.Parse(v, CultureInfo.InvariantCulture))];
    }

    private void Line(string? line)
    {
        if (line is null)
        {
            return;
        }
        if (line.StartsWith("READY ", StringComparison.Ordinal))
        {
            _ready.TrySetResult(line[6..].Trim());
        }
        else if (line.StartsWith("SUBMITS", StringComparison.Ordinal))
        {
            _submits.Writer.TryWrite(line);
            return;
        }
        else if (line.StartsWith("MEM ", StringComparison.Ordinal))
        {
            _memory.Writer.TryWrite(line);
            return;
        }
        _tail.Add(line);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        await _process.WaitForExitAsync();
        _process.Dispose();
        if (_ownFolder is not null)
        {
            Directory.Delete(_ownFolder, recursive: true);
        }
    }

    /// <summary>After a forced collection: live managed bytes, the GC heap's size, resident and anonymous resident KB.</summary>
    public readonly record struct Memory(long Managed, long Heap, long RssKb, long AnonKb);
}
