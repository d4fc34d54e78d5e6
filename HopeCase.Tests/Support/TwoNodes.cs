using System.Net;
using System.Security.Cryptography;
using Npgsql;

namespace HopeCase.Tests.Support;

/// <summary>
/// Two real HopeCase processes on one fresh PostgreSQL database of the test cluster, sharing the audit chain key (and,
/// through the database, the data-protection keys and the job store), behind Debian's nginx with the deploy/ site.
/// Node A starts first and alone (it migrates the database, seeds the demo data and makes the first data-protection
/// key), then node B; or both at once, when the start-up lock lets one of them do all that while the other waits.
/// </summary>
public sealed class TwoNodes : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(180);
    private readonly TempFolder _folder = new("two-nodes");

    private TwoNodes(string connectionString) => ConnectionString = connectionString;

    public string ConnectionString { get; }

    public AppProcess A { get; private set; } = default!;

    public AppProcess B { get; private set; } = default!;

    public NginxSite Nginx { get; private set; } = default!;

    /// <param name="together">Start both processes at the same moment on the brand-new database (the start-up lock
    /// decides which one migrates), rather than node A alone first.</param>
    public static async Task<TwoNodes> StartAsync(bool together = false, params string[] settings)
    {
        var nodes = new TwoNodes(PgCluster.Instance.NewDatabase("scale"));
        var chainKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        try
        {
            if (together)
            {
                var (a, b) = (nodes.Start("a", chainKey, settings), nodes.Start("b", chainKey, settings));
                (nodes.A, nodes.B) = (a, b);
                await Task.WhenAll(HealthyAsync("a", a), HealthyAsync("b", b));
            }
            else
            {
                nodes.A = await HealthyAsync("a", nodes.Start("a", chainKey, settings));
                nodes.B = await HealthyAsync("b", nodes.Start("b", chainKey, settings));
            }
            nodes.Nginx = await NginxSite.StartAsync(nodes.A.Port, nodes.B.Port);
            return nodes;
        }
        catch
        {
            await nodes.DisposeAsync();
            throw;
        }
    }

    private AppProcess Start(string name, string chainKey, string[] settings) => AppProcess.Start(_folder.File(name), "Development",
        ["--Data:Provider=Postgres", $"--Data:ConnectionString={ConnectionString}", $"--Audit:ChainKey={chainKey}",
         "--Proxy:KnownProxies:0=127.0.0.1", "--Deadlines:SweepCron=* * * * *", "--Demo:FeedbackSeed=false", .. settings]);

    private static async Task<AppProcess> HealthyAsync(string name, AppProcess node)
    {
        var status = await node.WaitForHealthyAsync(Patience);
        if (status != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"node {name} not healthy ({status}):\n{node.Stdout}\n{node.Stderr}");
        }
        return node;
    }

    /// <summary>An affinity cookie value that nginx's consistent hash sends to the node on <paramref name="port"/>.</summary>
    public async Task<string> AffinityForAsync(int port)
    {
        for (var i = 0; i < 200; i++)
        {
            var value = $"probe{i}";
            if (await Nginx.NodeForAsync(value) == port)
            {
                return value;
            }
        }
        throw new InvalidOperationException($"no affinity value reaches port {port}");
    }

    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<string?> ScalarTextAsync(string sql) => (await ListAsync(sql)).FirstOrDefault();

    /// <summary>The first column of every row, as text.</summary>
    public async Task<List<string>> ListAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var rows = await command.ExecuteReaderAsync();
        var list = new List<string>();
        while (await rows.ReadAsync())
        {
            list.Add(Convert.ToString(rows.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }
        return list;
    }

    public async ValueTask DisposeAsync()
    {
        Nginx?.Dispose();
        if (B is not null)
        {
            await B.DisposeAsync();
        }
        if (A is not null)
        {
            await A.DisposeAsync();
        }
        NpgsqlConnection.ClearAllPools();
        _folder.Dispose();
    }
}
