using System.Net;
using System.Security.Cryptography;
using Npgsql;

namespace HopeCase.Tests.Support;

/// <summary>
/// Two real HopeCase processes on one fresh PostgreSQL database of the test cluster, sharing the audit chain key (and,
/// through the database, the data-protection keys and the job store), behind Debian's nginx with the deploy/ site.
/// Node A starts first and alone: it migrates the database, seeds the demo data and makes the first data-protection key
/// (as the README tells an administrator to do); then node B starts.
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

    public static async Task<TwoNodes> StartAsync()
    {
        var nodes = new TwoNodes(PgCluster.Instance.NewDatabase("scale"));
        var chainKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        nodes.A = await nodes.StartNodeAsync("a", chainKey);
        using (var http = new HttpClient())
        {
            // The first page with a form makes the first data-protection key, before node B reads the key ring.
            (await http.GetAsync(new Uri($"http://127.0.0.1:{nodes.A.Port}/account/login"))).EnsureSuccessStatusCode();
        }
        nodes.B = await nodes.StartNodeAsync("b", chainKey);
        nodes.Nginx = await NginxSite.StartAsync(nodes.A.Port, nodes.B.Port);
        return nodes;
    }

    private async Task<AppProcess> StartNodeAsync(string name, string chainKey)
    {
        var node = AppProcess.Start(_folder.File(name), "Development",
            "--Data:Provider=Postgres", $"--Data:ConnectionString={ConnectionString}", $"--Audit:ChainKey={chainKey}",
            "--Proxy:KnownProxies:0=127.0.0.1", "--Deadlines:SweepCron=* * * * *", "--Demo:FeedbackSeed=false");
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
