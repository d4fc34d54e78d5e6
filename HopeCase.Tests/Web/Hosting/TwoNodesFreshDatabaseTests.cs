using System.Net;
using HopeCase.Tests.Support;
using Xunit.Abstractions;

namespace HopeCase.Tests.Web.Hosting;

/// <summary>
/// Issue 11: two nodes started at the same moment on a brand-new PostgreSQL database. The start-up lock
/// (pg_advisory_lock) lets one of them migrate, seed, install the job store's schema and make the first data-protection
/// key while the other waits; the other then finds it all done, migrates nothing, and both come up and share one key ring.
/// </summary>
public sealed class TwoNodesFreshDatabaseTests(ITestOutputHelper output)
{
    private const string Applied = "Database migrations applied by this node: ";

    [Fact]
    public async Task Two_nodes_started_together_on_an_empty_database_both_come_up_and_exactly_one_migrates()
    {
        await using var nodes = await TwoNodes.StartAsync(together: true);
        var logs = new[] { nodes.A.Stdout, nodes.B.Stdout };
        output.WriteLine(string.Join("\n", logs.Select(l => l.Split('\n').FirstOrDefault(x => x.Contains(Applied, StringComparison.Ordinal)))));

        var counts = logs.Select(l => AppliedCount(l)).Order().ToArray();
        var migrations = await nodes.ScalarAsync("SELECT count(*) FROM \"__EFMigrationsHistory\"");
        Assert.True(migrations > 0);
        Assert.Equal([0, migrations], counts);
        Assert.Single(logs, l => l.Contains("Another node is preparing the database: waiting for it", StringComparison.Ordinal));
        // Seeded once, one key ring, both job servers on the one store.
        Assert.Equal(1, await nodes.ScalarAsync("SELECT count(*) FROM \"AspNetUsers\" WHERE \"Email\" = 'committee@hope.demo'"));
        Assert.Equal(1, await nodes.ScalarAsync("SELECT count(*) FROM \"DataProtectionKeys\""));
        Assert.True(await Eventually.UntilAsync(async () => await nodes.ScalarAsync("SELECT count(*) FROM hangfire.server") == 2, TimeSpan.FromSeconds(60)));
        using var http = nodes.Nginx.Client();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode);

        // Both nodes stopped: nginx answers its maintenance page with 503.
        await nodes.A.DisposeAsync();
        await nodes.B.DisposeAsync();
        using var down = await http.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        Assert.Contains("النظام متوقف مؤقتًا للصيانة", await down.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static long AppliedCount(string log)
    {
        var line = log.Split('\n').Single(l => l.Contains(Applied, StringComparison.Ordinal));
        var at = line.IndexOf(Applied, StringComparison.Ordinal) + Applied.Length;
        return long.Parse(new string(line[at..].TakeWhile(char.IsDigit).ToArray()), System.Globalization.CultureInfo.InvariantCulture);
    }
}
