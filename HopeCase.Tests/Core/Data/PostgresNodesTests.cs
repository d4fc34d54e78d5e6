using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using HopeCase.Core.Data;
using HopeCase.Core.LiveUpdates;
using HopeCase.Tests.Support;
using HopeCase.Web.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;

namespace HopeCase.Tests.Core.Data;

/// <summary>Two nodes on one PostgreSQL database: live updates, shared keys; and the database going away and coming back.</summary>
public sealed class PostgresNodesTests
{
    [Fact]
    public async Task A_change_published_on_node_A_reaches_a_subscriber_on_node_B()
    {
        var connection = PgCluster.Instance.NewDatabase();
        ChangeNotifier a = new(), b = new();
        await using var channelA = new PostgresChangeChannel(connection, a, NullLogger.Instance);
        await using var channelB = new PostgresChangeChannel(connection, b, NullLogger.Instance);
        a.CarryBy(channelA);
        b.CarryBy(channelB);
        using var stop = new CancellationTokenSource();
        var listenA = channelA.ListenAsync(stop.Token);
        var listenB = channelB.ListenAsync(stop.Token);
        await Task.WhenAll(channelA.Listening.Task, channelB.Listening.Task).WaitAsync(TimeSpan.FromSeconds(20));
        var heardOnB = new TaskCompletionSource<ChangeTopic>(TaskCreationOptions.RunContinuationsAsynchronously);
        var heardOnA = new List<ChangeTopic>();
        b.Changed += t => { heardOnB.TrySetResult(t); return Task.CompletedTask; };
        a.Changed += t => { lock (heardOnA) { heardOnA.Add(t); } return Task.CompletedTask; };

        await a.PublishAsync(ChangeTopic.Letters);

        Assert.Equal(ChangeTopic.Letters, await heardOnB.Task.WaitAsync(TimeSpan.FromSeconds(20)));
        await Eventually.UntilAsync(() => { lock (heardOnA) { return heardOnA.Count == 1; } }, TimeSpan.FromSeconds(10));
        Assert.Equal([ChangeTopic.Letters], heardOnA);
        await stop.CancelAsync();
        await Task.WhenAll(listenA, listenB);
    }

    [Fact]
    public async Task A_cookie_protected_on_one_node_is_read_on_another_and_after_a_restart_with_the_keys_encrypted_by_the_certificate()
    {
        using var folder = new TempFolder("keys");
        var pfx = folder.File("keys.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=HopeCase data protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var cert = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(5));
            await File.WriteAllBytesAsync(pfx, cert.Export(X509ContentType.Pfx, "pfx-pass"));
        }
        var dbs = await TestDb.MigratedAsync(DataSettings.Postgres(PgCluster.Instance.NewMigratedDatabase()));
        ServiceProvider Node()
        {
            var services = new ServiceCollection().AddLogging();
            services.AddScoped(_ => dbs.CreateDbContext());
            var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                [SharedKeys.CertificateSetting] = pfx,
                ["DataProtection:CertificatePassword"] = "pfx-pass",
            }).Build();
            services.AddSharedKeys(config, new HostingEnvironment { ContentRootPath = folder.Path });
            return services.BuildServiceProvider();
        }

        string ticket;
        await using (var nodeA = Node())
        {
            ticket = nodeA.GetRequiredService<IDataProtectionProvider>().CreateProtector("cookie").Protect("signed-in:u-rel");
        }
        await using var nodeB = Node();
        Assert.Equal("signed-in:u-rel", nodeB.GetRequiredService<IDataProtectionProvider>().CreateProtector("cookie").Unprotect(ticket));

        await using var db = await dbs.CreateDbContextAsync();
        var xml = Assert.Single(await db.DataProtectionKeys.Select(k => k.Xml).ToListAsync());
        Assert.Contains("EncryptedKey", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_up_against_an_unreachable_server_stops_naming_the_setting()
    {
        var dbs = TestDb.Factory(DataSettings.Postgres("Host=127.0.0.1;Port=1;Database=none;Username=postgres;Timeout=2"));
        var ex = await Assert.ThrowsAsync<DatabaseStartupException>(() => HopeDatabase.PrepareAsync(dbs));
        Assert.Contains("ConnectionStrings:Postgres", ex.Message, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1:1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Work_fails_cleanly_while_the_server_is_down_and_resumes_by_itself_when_it_is_back()
    {
        var cluster = PgCluster.StartDedicated();
        var dbs = await TestDb.MigratedAsync(DataSettings.Postgres(cluster.NewDatabase()));
        await using (var db = await dbs.CreateDbContextAsync())
        {
            await db.Database.ExecuteSqlAsync($"INSERT INTO \"FileSequences\" (\"Year\", \"Last\") VALUES (1448, 7)");
        }

        cluster.Stop();
        await using (var db = await dbs.CreateDbContextAsync())
        {
            // A write in its own transaction is refused whole: nothing half-written when the server is back.
            var ex = await Assert.ThrowsAnyAsync<Exception>(async () =>
            {
                await using var tx = await db.Database.BeginWriteAsync();
                await Counters.NextFileNumberAsync(db, 1448);
                await tx.CommitAsync();
            });
            Assert.True(HopeDatabase.IsUnavailable(ex), ex.ToString());
        }

        cluster.Start();
        await using (var db = await dbs.CreateDbContextAsync())
        {
            // The pooled connections died with the server; the retrying strategy opens new ones without help.
            Assert.Equal(7, await db.FileSequences.Where(f => f.Year == 1448).Select(f => f.Last).SingleAsync());
            await using var tx = await db.Database.BeginWriteAsync();
            Assert.Equal(8, await Counters.NextFileNumberAsync(db, 1448));
            await tx.CommitAsync();
        }
    }
}
