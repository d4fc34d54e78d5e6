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
        Console.WriteLine($"circuits: {signedIn} officers signed in, {searching} searching at once, {beneficiaries:N0} beneficiaries; load {Load()}");
        await using var copy = await SearchBenchData.OpenCopyAsync(beneficiaries);
        SqliteConnection.ClearAllPools();
        await using var app = CircuitsProcess.Start(copy.Folder ?? throw new InvalidOperationException("the circuits benchmark runs on SQLite"), WarmUp + signedIn);
        var url = await app.WaitReadyAsync(TimeSpan.FromMinutes(5));
        if (url is null)
        {
            Console.WriteLine("FAIL: the app did not start:" + Environment.NewLine + app.Tail);
            return 1;
        }
        await using var browser = await CircuitsBrowser.LaunchAsync(url);

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
        await Task.Delay(Idle);
        var connected = 0;
        foreach (var page in pages)
        {
            connected += await CircuitsBrowser.ConnectedAsync(page) ? 1 : 0;
        }
        var after = await app.MemoryAsync();
        await GcDumpAsync(app.Id, "after");
        PrintMemory(pages.Count, connected, before, after, freeBefore - MemAvailableMb());

        var searchers = pages.Take(searching).ToList();
        var times = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            // Each page a different family name than its neighbours and than its own last round, so every result differs.
            var r = round;
            await Task.WhenAll(searchers.Select((p, n) => CircuitsBrowser.TypeAsync(p, SearchBenchData.Family[(n + r) % SearchBenchData.Family.Length])));
            times.AddRange(await Task.WhenAll(searchers.Select(CircuitsBrowser.SubmitAsync)));
            await Task.Delay(TimeSpan.FromSeconds(2));
        }
        var (p50, p95, max) = Stats.Of([.. times]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"search while {pages.Count} signed in, {searchers.Count} pressing Enter at once, {Rounds} rounds ({times.Count} searches; first page of 20 of a family name, ~{beneficiaries / SearchBenchData.Family.Length:N0} matches): Enter to rows in the DOM p50 {p50:F0} ms, p95 {p95:F0} ms, max {max:F0} ms (goal p95 <= 200 ms); load {Load()}"));
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

    private static string Load() => File.ReadAllText("/proc/loadavg").Trim();

    private static long MemAvailableMb() =>
        long.Parse(File.ReadAllLines("/proc/meminfo").First(l => l.StartsWith("MemAvailable:", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
}
