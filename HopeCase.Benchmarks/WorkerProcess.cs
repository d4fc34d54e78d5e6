using System.Diagnostics;
using System.Globalization;

namespace HopeCase.Benchmarks;

/// <summary>The crash worker as a child process: its acknowledgements as they arrive, and SIGKILL for it and its Chromium.</summary>
internal sealed class WorkerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<Ack> _acks = [];
    private readonly OutputTail _tail = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _firstAck = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private WorkerProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Line(e.Data);
        _process.ErrorDataReceived += (_, e) => Line(e.Data);
    }

    public IReadOnlyList<Ack> Acks { get { lock (_acks) { return [.. _acks]; } } }

    public string Tail => _tail.ToString();

    /// <summary>
    /// Why a start did not become ready: the exit code, or, when it is still running, its threads' managed stacks
    /// (dotnet-stack, from the repository's tool manifest), so a start that hangs says where.
    /// </summary>
    public async Task<string> NotReadyAsync()
    {
        if (_process.HasExited)
        {
            return $"it exited with code {_process.ExitCode}; its last output: {Tail}";
        }
        var info = new ProcessStartInfo("dotnet", ["dotnet-stack", "report", "-p", _process.Id.ToString(CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        string stacks;
        try
        {
            using var report = Process.Start(info)!;
            var output = report.StandardOutput.ReadToEndAsync();
            var errors = report.StandardError.ReadToEndAsync();
            await report.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
            stacks = await output + await errors;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or TimeoutException or InvalidOperationException)
        {
            stacks = "(no stacks: " + e.Message + ")";
        }
        return $"it is still running; its last output: {Tail}{Environment.NewLine}its threads:{Environment.NewLine}{stacks}";
    }

    public static WorkerProcess Start(string folder, int start, bool drive)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = AppContext.BaseDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[]
                 {
                     Path.Combine(AppContext.BaseDirectory, "HopeCase.Benchmarks.dll"), CrashWorker.Name, start.ToString(CultureInfo.InvariantCulture), drive ? "drive" : "idle",
                     "--urls", "http://127.0.0.1:0", $"--Data:Folder={folder}", $"--contentRoot={AppContext.BaseDirectory}", "--Deadlines:SweepCron=* * * * *",
                 })
        {
            info.ArgumentList.Add(arg);
        }
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var worker = new WorkerProcess(Process.Start(info)!);
        worker._process.BeginOutputReadLine();
        worker._process.BeginErrorReadLine();
        return worker;
    }

    public async Task<bool> WaitReadyAsync(TimeSpan timeout) =>
        await Task.WhenAny(_ready.Task, Task.Delay(timeout), _process.WaitForExitAsync()) == _ready.Task;

    public async Task<bool> WaitFirstAckAsync(TimeSpan timeout) =>
        await Task.WhenAny(_firstAck.Task, Task.Delay(timeout), _process.WaitForExitAsync()) == _firstAck.Task;

    /// <summary>kill -9 of the app and every process it started; returns once they are gone.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        await _process.WaitForExitAsync();
    }

    private void Line(string? line)
    {
        if (line is null)
        {
            return;
        }
        if (line == "READY")
        {
            _ready.TrySetResult();
        }
        var parts = line.Split(' ', 4);
        if (parts.Length == 4 && parts[0] == "ACK")
        {
            lock (_acks)
            {
                _acks.Add(new Ack(parts[1], int.Parse(parts[2], CultureInfo.InvariantCulture), parts[3]));
            }
            _firstAck.TrySetResult();
            return;
        }
        _tail.Add(line);
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }
}
