using System.Diagnostics;
using Npgsql;

namespace HopeCase.Tests.Support;

/// <summary>
/// One throwaway PostgreSQL cluster per test run: initdb and pg_ctl from Debian's postgresql package (or
/// HOPECASE_PG_BIN) in a temp folder, on a free 127.0.0.1 port, stopped when the test process ends. As root the
/// server runs as the user postgres (runuser), since PostgreSQL refuses to run as root. Each test takes a fresh database.
/// </summary>
public sealed class PgCluster
{
    private static readonly Lazy<PgCluster> Shared = new(StartNew, LazyThreadSafetyMode.ExecutionAndPublication);
    private static int _databases;

    private readonly string _bin;
    private readonly bool _asRoot;

    private PgCluster(string folder, int port, string bin, bool asRoot) => (Folder, Port, _bin, _asRoot) = (folder, port, bin, asRoot);

    private string Data => Path.Combine(Folder, "data");

    /// <summary>
    /// Stops the server, cutting every connection (as a lost database looks to the app). "fast" keeps what was
    /// committed; "immediate" is a crash, and with this test cluster's synchronous_commit=off loses the last commits.
    /// </summary>
    public void Stop(string mode = "fast") => Pg(_asRoot, Path.Combine(_bin, "pg_ctl"), "-D", Data, "-m", mode, "-w", "stop");

    /// <summary>Starts the server again on the same port.</summary>
    public void Start() => Pg(_asRoot, Path.Combine(_bin, "pg_ctl"), "-D", Data, "-l", Path.Combine(Folder, "server.log"), "-w", "-t", "60",
        "-o", $"-p {Port} -k {Folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300", "start");

    public string Folder { get; }

    public int Port { get; }

    public static PgCluster Instance => Shared.Value;

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Database={database};Username=postgres;Timeout=5;Include Error Detail=true";

    /// <summary>A new, empty database; its connection string.</summary>
    public string NewDatabase(string prefix = "t") => Create(prefix, template: null);

    /// <summary>A new database copied from one migrated once per run (CREATE DATABASE … TEMPLATE): as migrated, in a fraction of the time.</summary>
    public string NewMigratedDatabase(string prefix = "m")
    {
        var template = _template.Value;
        var name = Create(prefix, template);
        // The copy holds the template's audit rows: it carries the template's chain key with it.
        var templateKey = TestDb.ChainKeyFile(ConnectionString(template), HopeCase.Core.Data.DataProvider.Postgres);
        if (File.Exists(templateKey))
        {
            File.Copy(templateKey, TestDb.ChainKeyFile(name, HopeCase.Core.Data.DataProvider.Postgres), overwrite: true);
        }
        return name;
    }

    private readonly Lazy<string> _template = new(() => Instance.MigrateTemplate(), LazyThreadSafetyMode.ExecutionAndPublication);

    private string MigrateTemplate()
    {
        var name = Create("template", null);
        TestDb.MigratedAsync(HopeCase.Core.Data.DataSettings.Postgres(name)).GetAwaiter().GetResult();
        NpgsqlConnection.ClearAllPools();
        return new NpgsqlConnectionStringBuilder(name).Database!;
    }

    private string Create(string prefix, string? template)
    {
        var name = $"{prefix}_{Environment.ProcessId}_{Interlocked.Increment(ref _databases)}";
        using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        connection.Open();
        var from = template is null ? "" : $" TEMPLATE \"{template}\"";
        using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{name}\"{from}", connection);
        cmd.ExecuteNonQuery();
        return ConnectionString(name);
    }

    /// <summary>A cluster of its own (for a test that stops and restarts the server), stopped when the test process ends.</summary>
    public static PgCluster StartDedicated() => StartNew();

    private static PgCluster StartNew()
    {
        var bin = Environment.GetEnvironmentVariable("HOPECASE_PG_BIN") ?? "/usr/lib/postgresql/15/bin";
        var folder = Path.Combine(Path.GetTempPath(), "hopecase-pg-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            Run("chown", "postgres", folder);
        }
        var cluster = new PgCluster(folder, AppProcess.FreePort(), bin, asRoot);
        Pg(asRoot, Path.Combine(bin, "initdb"), "-D", cluster.Data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
        cluster.Start();
        cluster.WatchOwner();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            NpgsqlConnection.ClearAllPools();
            try
            {
                cluster.Stop("immediate");
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or InvalidOperationException)
            {
                // Already stopped, or a file still held: the OS temp cleaner takes it.
            }
        };
        return cluster;
    }

    /// <summary>
    /// A detached watcher that stops the server and removes its folder once this test process is gone, however it
    /// ended: the test host can be killed after a run (or by a timeout) before its exit handlers run.
    /// </summary>
    private void WatchOwner()
    {
        var pgCtl = Path.Combine(_bin, "pg_ctl");
        var stop = (_asRoot ? "runuser -u postgres -- " : "") + $"'{pgCtl}' -D '{Data}' -m immediate stop";
        var script = $"exec >/dev/null 2>&1 </dev/null; while kill -0 {Environment.ProcessId}; do sleep 1; done; {stop}; rm -rf '{Folder}'";
        var info = new ProcessStartInfo("setsid") { UseShellExecute = false, WorkingDirectory = Path.GetTempPath() };
        foreach (var a in new[] { "sh", "-c", script })
        {
            info.ArgumentList.Add(a);
        }
        Process.Start(info)?.Dispose();
    }

    private static void Pg(bool asRoot, string program, params string[] args) =>
        Run(asRoot ? "runuser" : program, asRoot ? ["-u", "postgres", "--", program, .. args] : args);

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
}
