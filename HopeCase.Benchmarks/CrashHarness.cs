using System.Diagnostics;
using System.Globalization;

namespace HopeCase.Benchmarks;

/// <summary>
/// `crash [kills=50] [seed]`: starts the real app (<see cref="CrashWorker"/>) on one data folder, lets it submit
/// requests, issue letters and record survey answers, and kills it with SIGKILL at a random moment (one kill in five
/// during start-up), N times. After each kill it checks the file (integrity_check, every acknowledged write present,
/// letter numbers without gap or repeat, no job effect twice), then restarts once more to let queued jobs finish.
/// Prints kills, acknowledged writes and lost writes; exits 1 if anything was lost or any check failed.
/// </summary>
internal static class CrashHarness
{
    public static async Task<int> RunAsync(int kills, int seed)
    {
        var folder = Path.Combine(Path.GetTempPath(), "hopecase-crash-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var db = Path.Combine(folder, "hopecase.db");
        var random = new Random(seed);
        var acks = new List<Ack>();
        var problems = new List<string>();
        var clock = Stopwatch.StartNew();
        Console.WriteLine($"crash harness: {kills} kills, seed {seed}, data in {folder}");
        try
        {
            // A first start creates and migrates the database, so every check after a kill has tables to read.
            await using (var first = WorkerProcess.Start(folder, 1, drive: false))
            {
                if (!await first.WaitReadyAsync(TimeSpan.FromMinutes(3)))
                {
                    Console.WriteLine("FAIL: the app did not start: " + await first.NotReadyAsync());
                    return 1;
                }
            }
            for (var round = 1; round <= kills; round++)
            {
                await using var worker = WorkerProcess.Start(folder, round * 100_000, drive: true);
                var duringStartUp = round % 5 == 0;
                if (duringStartUp)
                {
                    await Task.Delay(random.Next(200, 2500));
                }
                else
                {
                    if (!await worker.WaitFirstAckAsync(TimeSpan.FromMinutes(3)))
                    {
                        problems.Add($"round {round}: the app did not start writing: {await worker.NotReadyAsync()}");
                        break;
                    }
                    await Task.Delay(random.Next(200, 5000));
                }
                await worker.KillAsync();
                acks.AddRange(worker.Acks);
                var found = await CrashChecks.RunAsync(db, acks);
                problems.AddRange(found.Select(p => $"after kill {round}: {p}"));
                Console.WriteLine($"kill {round,3}: {(duringStartUp ? "during start-up" : "while writing"),-15} +{worker.Acks.Count,3} acknowledged, {acks.Count,5} in all, {(found.Count == 0 ? "checks ok" : found.Count + " problems")}");
            }

            // One last start without new work: the jobs the kills interrupted run again, once.
            await using (var last = WorkerProcess.Start(folder, 0, drive: false))
            {
                if (!await last.WaitReadyAsync(TimeSpan.FromMinutes(3)))
                {
                    problems.Add("the final restart did not start: " + await last.NotReadyAsync());
                }
                await Task.Delay(TimeSpan.FromSeconds(20));
                await last.KillAsync();
            }
            problems.AddRange((await CrashChecks.RunAsync(db, acks)).Select(p => "after the final restart: " + p));
            if (acks.Count == 0)
            {
                problems.Add("no write was acknowledged, so nothing was tested");
            }
            await PrintAsync(db, acks, kills, problems, clock.Elapsed);
            return problems.Count == 0 ? 0 : 1;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task PrintAsync(string db, List<Ack> acks, int kills, List<string> problems, TimeSpan elapsed)
    {
        var submitted = acks.Where(a => a.Kind == "submit").Select(a => a.Id).ToList();
        var receipts = submitted.Count == 0 ? 0 : await CrashChecks.CountAsync(db,
            $"SELECT count(*) FROM Letters WHERE IdempotencyKey IN ({string.Join(',', submitted.Select(id => $"'request:{id}:receipt'"))});");
        var letters = await CrashChecks.CountAsync(db, "SELECT count(*) FROM Letters;");
        var lost = problems.Count(p => p.Contains("lost:", StringComparison.Ordinal));
        Console.WriteLine();
        foreach (var problem in problems.Take(50))
        {
            Console.WriteLine("  PROBLEM " + problem);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"kills: {kills}; acknowledged writes: {acks.Count} (submissions {submitted.Count}, letters {acks.Count(a => a.Kind == "letter")}, survey answers {acks.Count(a => a.Kind == "survey")}); lost writes: {lost}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"letters in the register: {letters}, numbers without gap or repeat: {(problems.Any(p => p.Contains("letter numbers", StringComparison.Ordinal)) ? "NO" : "yes")}; job effects twice: {problems.Count(p => p.Contains("twice", StringComparison.Ordinal))}; receipt letters issued by jobs: {receipts} of {submitted.Count} acknowledged submissions"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(problems.Count == 0 ? "PASS" : "FAIL")}: {lost} lost, {problems.Count} problems, {elapsed.TotalSeconds:0} s"));
    }
}
