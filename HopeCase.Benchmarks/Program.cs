using HopeCase.Benchmarks;

// Benchmarks print figures; they never pass or fail. Usage: dotnet run -c Release --project HopeCase.Benchmarks -- <name> [count]
// [--provider Sqlite|Postgres|both] [--pg "Host=…;Username=…" | --pg temp] (see ProviderSwitch).
return await ProviderSwitch.RunAsync(args, RunAsync);

static async Task<int> RunAsync(string[] args)
{
var name = args.Length > 0 ? args[0] : "";
switch (name)
{
    case "search":
        await SearchBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000);
        return 0;
    case "dashboard":
        await DashboardBenchmark.RunAsync(
            args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000,
            args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 50_000);
        return 0;
    case "seed-check":
        return await RawSeedCheck.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 500);
    case "sweep":
        await SweepBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000);
        return 0;
    case "import":
        await ImportBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20_000);
        return 0;
    case "letters":
    {
        // What follows the count is settings, as the web app takes them (--Pdf:ChromiumPath=/usr/bin/chromium).
        var counted = args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal);
        await LetterBenchmark.RunAsync(counted ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100, args[(counted ? 2 : 1)..]);
        return 0;
    }
    case "crash":
        return await CrashHarness.RunAsync(
            args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 50,
            args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : Environment.TickCount & 0xFFFF);
    case "circuits":
        return await CircuitsBenchmark.RunAsync(
            args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200,
            args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 50,
            args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 100_000);
    case CircuitsApp.Name:
        return await CircuitsApp.RunAsync(args[1..]);
    case CrashWorker.Name:
        return await CrashWorker.RunAsync(args[1..]);
    default:
        Console.WriteLine("benchmarks: search [beneficiaries=100000] | sweep [open requests=100000] | dashboard [requests=100000] [answers=50000] | import [rows=20000]"
            + " | letters [letters=100] [--Pdf:ChromiumPath=…] | crash [kills=50] [seed] | circuits [signedIn=200] [searching=50] [beneficiaries=100000]");
        return 1;
}
}
