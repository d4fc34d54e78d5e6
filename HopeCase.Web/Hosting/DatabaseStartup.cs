using HopeCase.Core.Data;
using HopeCase.Core.Staff;
using HopeCase.Web.Demo;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Web.Hosting;

/// <summary>
/// Checks and migrates the database, makes sure the roles exist, and seeds demo data in Development. On PostgreSQL all
/// of it, with the job store's schema and the first data-protection key, happens under the <see cref="StartupLock"/>:
/// nodes started together on a brand-new database take turns, and only the first one migrates.
/// </summary>
internal sealed class DatabaseStartup(IServiceProvider services, IHostEnvironment environment, IConfiguration config, ILogger<DatabaseStartup> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var dbs = services.GetRequiredService<IDbContextFactory<HopeDb>>();
        await using var turn = await StartupLock.TakeAsync(dbs, () => log.LogInformation("Another node is preparing the database: waiting for it"), cancellationToken);
        var applied = await HopeDatabase.PrepareAsync(dbs, cancellationToken);
        log.LogInformation("Database migrations applied by this node: {Count}", applied.Count);
        await HopeCase.Core.Requests.DefaultCatalogue.EnsureAsync(dbs, cancellationToken);
        await using var scope = services.CreateAsyncScope();
        await EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
        if (environment.IsDevelopment() && config.GetValue("Demo:Seed", true))
        {
            await DemoSeeder.SeedAsync(scope.ServiceProvider, cancellationToken);
            StaffDemo.PrintLogins(Console.Out, scope.ServiceProvider.GetRequiredService<HopeCase.Web.Account.AuthOptions>());
        }
        if (services.GetRequiredService<DataSettings>().IsPostgres)
        {
            // Still under the lock: the job store installs its schema, and the key ring gets its first key, once.
            _ = services.GetRequiredService<Hangfire.JobStorage>();
            _ = services.GetRequiredService<IDataProtectionProvider>().CreateProtector("startup").Protect("ready");
        }
        log.LogInformation("HopeCase database ready");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    internal static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }
}
