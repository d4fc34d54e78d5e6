using HopeCase.Benchmarks;

// Benchmarks print figures; they never pass or fail. Usage: dotnet run -c Release --project HopeCase.Benchmarks -- <name> [count]
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
    case "sweep":
        await SweepBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000);
        return 0;
    default:
        Console.WriteLine("benchmarks: search [beneficiaries=100000] | sweep [open requests=100000] | dashboard [requests=100000] [answers=50000]");
        return 1;
}
