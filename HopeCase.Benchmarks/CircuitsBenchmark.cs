using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace HopeCase.Benchmarks;

/// <summary>
/// `circuits [signedIn=200] [searching=50] [beneficiaries=100000]`: starts the real app (<see cref="CircuitsApp"/>) as
/// its own process on a copy of the search seed, signs N officers in through real Chromium (one context each) and
/// leaves them idle on the search page, and prints the app's memory per idle circuit: the growth of its live managed
/// heap and of its resident memory between two forced full collections, before and after the N circuits, divided
/// by N. Then M of them type a search at once, R rounds, each timed in the page from Enter to the results in the DOM.
/// </summary>
internal static class CircuitsBenchmark
{
    private const int WarmUp = 2;
    private const int Rounds = 5;
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(20);

    public static async Task<int> RunAsync(int signedIn, int searching, int beneficiaries)
    {
        searching = Math.Min(searching, signedIn);
        Console.WriteLine($"circuits: {signedIn} officers signed in, {searching} searching at once, {beneficiaries:N0} beneficiaries on {BenchDatabase.Provider}; load {Load()}");
        await using var copy = await SearchBenchData.OpenCopyAsync(beneficiaries);
        SqliteConnection.ClearAllPools();
        await using var app = CircuitsProcess.Start(copy, WarmUp + signedIn);
        var url = await app.WaitReadyAsync(TimeSpan.FromMinutes(5));
        if (url is null)
        {
            Console.WriteLine("FAIL: the app did not start:" + Environment.NewLine + app.Tail);
            return 1;
        }
        using var cpuGroup = BrowserCpuGroup.Create();
        Console.WriteLine("  " + cpuGroup.Description);
        await using var browser = await CircuitsBrowser.LaunchAsync(url, cpuGroup.Executable);

        // Two circuits first, each with one search, so what is loaded once per process (code, caches, pools) is in the baseline.
        for (var i = 0; i < WarmUp; i++)
        {
            var warm = await browser.SignInAsync(signedIn + i, CircuitsApp.Email(signedIn + i), CircuitsApp.Password);
            await CircuitsBrowser.TypeAsync(warm, SearchBenchData.Family[i]);
            await CircuitsBrowser.SubmitAsync(warm);
        }
        await Task.Delay(TimeSpan.FromSeconds(5));
        var before = await app.MemoryAsync();
        await GcDumpAsync(app.Id, "before");
        var freeBefore = MemAvailableMb();

        var pages = new List<IPage>();
        var clock = Stopwatch.StartNew();
        try
        {
            for (var i = 0; i < signedIn; i += 4)
            {
                // Four sign-ins at a time: the password hash is the slow part, and the machine has two cores.
                pages.AddRange(await Task.WhenAll(Enumerable.Range(i, Math.Min(4, signedIn - i)).Select(n => browser.SignInAsync(n, CircuitsApp.Email(n), CircuitsApp.Password))));
                if (pages.Count % 50 == 0)
                {
                    Console.WriteLine($"  {pages.Count} signed in ({clock.Elapsed.TotalSeconds:F0} s, {MemAvailableMb():N0} MB free, load {Load()})");
                }
            }
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            Console.WriteLine($"  only {pages.Count} of {signedIn} pages could be opened: {e.Message.Split('\n')[0]}");
        }
        if (pages.Count == 0)
        {
            return 1;
        }
        var idleFrom = CpuTicks(app.Id);
        await Task.Delay(Idle);
        var idleTo = CpuTicks(app.Id);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"cores busy while {pages.Count} pages sit idle for {Idle.TotalSeconds:F0} s: app {(idleTo.App - idleFrom.App) / 100.0 / Idle.TotalSeconds:F2}, Chromium {(idleTo.Chromium - idleFrom.Chromium) / 100.0 / Idle.TotalSeconds:F2}, the rest {(idleTo.Others - idleFrom.Others) / 100.0 / Idle.TotalSeconds:F2}"));
        var connected = 0;
        foreach (var page in pages)
        {
            connected += await CircuitsBrowser.ConnectedAsync(page) ? 1 : 0;
        }
        var after = await app.MemoryAsync();
        await GcDumpAsync(app.Id, "after");
        PrintMemory(pages.Count, connected, before, after, freeBefore - MemAvailableMb());

        var searchers = pages.Take(searching).ToList();
        await app.SubmitsAsync();
        var server = new List<double>();
        var times = new List<double>();
        var cpuBefore = CpuTicks(app.Id);
        (long App, long Chromium, long Others) submit = (0, 0, 0);
        var submitWall = TimeSpan.Zero;
        var wall = Stopwatch.StartNew();
        for (var round = 0; round < Rounds; round++)
        {
            // Each page a different family name than its neighbours and than its own last round, so every result differs.
            var r = round;
            await Task.WhenAll(searchers.Select((p, n) => CircuitsBrowser.TypeAsync(p, SearchBenchData.Family[(n + r) % SearchBenchData.Family.Length])));
            var cpu = CpuTicks(app.Id);
            var clockRound = Stopwatch.StartNew();
            times.AddRange(await Task.WhenAll(searchers.Select(CircuitsBrowser.SubmitAsync)));
            clockRound.Stop();
            server.AddRange(await app.SubmitsAsync());
            var done = CpuTicks(app.Id);
            submitWall += clockRound.Elapsed;
            submit = (submit.App + done.App - cpu.App, submit.Chromium + done.Chromium - cpu.Chromium, submit.Others + done.Others - cpu.Others);
            await Task.Delay(TimeSpan.FromSeconds(2));
        }
        wall.Stop();
        var cpuAfter = CpuTicks(app.Id);
        var (p50, p95, max) = Stats.Of([.. times]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"search while {pages.Count} signed in, {searchers.Count} pressing Enter at once, {Rounds} rounds ({times.Count} searches; first page of 20 of a family name, ~{beneficiaries / SearchBenchData.Family.Length:N0} matches): Enter to rows in the DOM p50 {p50:F0} ms, p95 {p95:F0} ms, max {max:F0} ms (goal p95 <= 200 ms); load {Load()}"));
        var (s50, s95, smax) = Stats.Of([.. server]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"the same searches on the server ({server.Count} submits; the framework's handle_event duration, from the event's dispatch in the circuit to the end of its handler, the search service included): p50 {s50:F0} ms, p95 {s95:F0} ms, max {smax:F0} ms (goal p95 <= 200 ms)"));
        // Where the two cores went during the rounds (typing included): the budget a search has, on this machine.
        double Ms(long ticks) => ticks * 1000.0 / 100 / times.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"CPU during the rounds ({wall.Elapsed.TotalSeconds:F1} s, typing and pauses included), per search: app {Ms(cpuAfter.App - cpuBefore.App):F1} ms, Chromium {Ms(cpuAfter.Chromium - cpuBefore.Chromium):F1} ms, the rest {Ms(cpuAfter.Others - cpuBefore.Others):F1} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"CPU from the Enter keys to the last rows ({submitWall.TotalSeconds:F1} s in all, cores busy {(submit.App + submit.Chromium + submit.Others) / 100.0 / submitWall.TotalSeconds:F2} of {Environment.ProcessorCount}), per search: app {Ms(submit.App):F1} ms, Chromium {Ms(submit.Chromium):F1} ms, the rest {Ms(submit.Others):F1} ms"));
        return 0;
    }

    private static void PrintMemory(int circuits, int connected, CircuitsProcess.Memory before, CircuitsProcess.Memory after, long browserMb)
    {
        double PerKb(long bytes) => bytes / 1024.0 / circuits;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"app after a forced full GC: live managed {before.Managed / 1048576.0:F1} -> {after.Managed / 1048576.0:F1} MB, resident {before.RssKb / 1024.0:F0} -> {after.RssKb / 1024.0:F0} MB (anonymous {before.AnonKb / 1024.0:F0} -> {after.AnonKb / 1024.0:F0} MB)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"per idle signed-in circuit ({circuits} open, {connected} connected after {Idle.TotalSeconds:F0} s idle): managed {PerKb(after.Managed - before.Managed):F0} KB, resident {PerKb((after.RssKb - before.RssKb) * 1024):F0} KB (goal <= 500 KB); Chromium took ~{browserMb:N0} MB of the machine; load {Load()}"));
    }

    /// <summary>
    /// With HOPECASE_CIRCUITS_GCDUMP=path/to/dotnet-gcdump, the app's heap is also written to circuits-NAME.gcdump in
    /// the working folder (compare the two with `dotnet-gcdump report`): where an idle circuit's memory goes.
    /// </summary>
    private static async Task GcDumpAsync(int pid, string name)
    {
        var tool = Environment.GetEnvironmentVariable("HOPECASE_CIRCUITS_GCDUMP");
        if (string.IsNullOrEmpty(tool))
        {
            return;
        }
        using var dump = Process.Start(tool, ["collect", "-p", pid.ToString(CultureInfo.InvariantCulture), "-o", Path.GetFullPath($"circuits-{name}.gcdump")]);
        await dump.WaitForExitAsync();
    }

    /// <summary>CPU time so far (user + system, in clock ticks of 1/100 s) of the app, of every Chromium process, and of the rest.</summary>
    private static (long App, long Chromium, long Others) CpuTicks(int appId)
    {
        var (app, chromium, rest) = (0L, 0L, 0L);
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }
            string stat;
            try
            {
                stat = File.ReadAllText(Path.Combine(dir, "stat"));
            }
            catch (IOException)
            {
                continue;
            }
            // pid (comm) state ppid …: the name may hold spaces, so the fields are counted after its closing parenthesis.
            var close = stat.LastIndexOf(')');
            var name = stat[(stat.IndexOf('(') + 1)..close];
            var fields = stat[(close + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            if (pid == appId)
            {
                app += ticks;
            }
            else if (name.StartsWith("chrom", StringComparison.Ordinal))
            {
                chromium += ticks;
            }
            else
            {
                rest += ticks;
            }
        }
        return (app, chromium, rest);
    }

    private static string Load() => File.ReadAllText("/proc/loadavg").Trim();

    private static long MemAvailableMb() =>
        long.Parse(File.ReadAllLines("/proc/meminfo").First(l => l.StartsWith("MemAvailable:", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
}
