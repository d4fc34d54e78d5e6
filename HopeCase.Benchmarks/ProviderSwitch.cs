using HopeCase.Core.Data;

namespace HopeCase.Benchmarks;

/// <summary>
/// `--provider Sqlite|Postgres|both` and `--pg "Host=…;Username=…"` (the server; default 127.0.0.1:5432): the
/// benchmark runs on the chosen provider, or on both, one after the other, printed side by side. `--pg temp` starts a
/// throwaway cluster for the run (<see cref="ThrowawayCluster"/>).
/// </summary>
internal static class ProviderSwitch
{
    public static async Task<int> RunAsync(string[] args, Func<string[], Task<int>> run)
    {
        var rest = new List<string>();
        var provider = "Sqlite";
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--provider" && i + 1 < args.Length)
            {
                provider = args[++i];
            }
            else if (args[i] == "--pg" && i + 1 < args.Length)
            {
                BenchDatabase.PostgresServer = args[++i];
            }
            else
            {
                rest.Add(args[i]);
            }
        }
        using var cluster = BenchDatabase.PostgresServer == "temp" && !provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase) ? ThrowawayCluster.Start() : null;
        if (cluster is not null)
        {
            BenchDatabase.PostgresServer = cluster.ConnectionString;
        }
        if (!provider.Equals("both", StringComparison.OrdinalIgnoreCase))
        {
            BenchDatabase.Provider = provider.StartsWith("Postgres", StringComparison.OrdinalIgnoreCase) ? DataProvider.Postgres : DataProvider.Sqlite;
            return await run([.. rest]);
        }
        var sqlite = await CaptureAsync(DataProvider.Sqlite, rest, run);
        var postgres = await CaptureAsync(DataProvider.Postgres, rest, run);
        var width = Math.Max(30, sqlite.Max(l => l.Length) + 2);
        Console.WriteLine("SQLite".PadRight(width) + "| PostgreSQL");
        for (var i = 0; i < Math.Max(sqlite.Length, postgres.Length); i++)
        {
            Console.WriteLine((i < sqlite.Length ? sqlite[i] : "").PadRight(width) + "| " + (i < postgres.Length ? postgres[i] : ""));
        }
        return 0;
    }

    private static async Task<string[]> CaptureAsync(DataProvider provider, List<string> args, Func<string[], Task<int>> run)
    {
        BenchDatabase.Provider = provider;
        var original = Console.Out;
        using var captured = new StringWriter();
        Console.SetOut(captured);
        try
        {
            await run([.. args]);
        }
        finally
        {
            Console.SetOut(original);
        }
        return captured.ToString().Split('\n', StringSplitOptions.TrimEntries);
    }
}
