using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace HopeCase.Benchmarks;

/// <summary>
/// `--pg temp`: a PostgreSQL cluster of the benchmark's own, made by initdb in a temp folder and started by pg_ctl on a
/// free 127.0.0.1 port (Debian's /usr/lib/postgresql/15/bin, or HOPECASE_PG_BIN; as the user postgres when run as
/// root), stopped and removed when the run ends. Durability settings are the server's defaults, so the figures are
/// those of a real installation.
/// </summary>
internal sealed class ThrowawayCluster : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "hopecase-bench-pg-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly string _bin = Environment.GetEnvironmentVariable("HOPECASE_PG_BIN") ?? "/usr/lib/postgresql/15/bin";
    private readonly bool _asRoot = Environment.UserName == "root";
    private readonly int _port = FreePort();

    public string ConnectionString => $"Host=127.0.0.1;Port={_port};Username=postgres;Database=postgres";

    public static ThrowawayCluster Start()
    {
        var c = new ThrowawayCluster();
        Directory.CreateDirectory(c._folder);
        if (c._asRoot)
        {
            Run("chown", "postgres", c._folder);
        }
        var data = Path.Combine(c._folder, "data");
        c.Pg("initdb", "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
        c.Pg("pg_ctl", "-D", data, "-l", Path.Combine(c._folder, "server.log"), "-w", "-t", "60",
            "-o", $"-p {c._port} -k {c._folder} -c listen_addresses=127.0.0.1 -c max_connections=100", "start");
        Console.Error.WriteLine($"PostgreSQL throwaway cluster on 127.0.0.1:{c._port}");
        return c;
    }

    private void Pg(string tool, params string[] args) =>
        Run(_asRoot ? "runuser" : Path.Combine(_bin, tool), _asRoot ? ["-u", "postgres", "--", Path.Combine(_bin, tool), .. args] : args);

    private static void Run(string program, params string[] args)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Path.GetTempPath() };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }
        using var p = Process.Start(info)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed ({p.ExitCode}): {stderr} {stdout.Result}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        Npgsql.NpgsqlConnection.ClearAllPools();
        try
        {
            Pg("pg_ctl", "-D", Path.Combine(_folder, "data"), "-m", "fast", "-w", "stop");
            Directory.Delete(_folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine("The throwaway cluster was not removed: " + ex.Message);
        }
    }
}
