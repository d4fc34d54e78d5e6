using HopeCase.Core.Data;
using HopeCase.Core.Staff;
using HopeCase.Web.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Web.Hosting;

/// <summary>Checks and migrates the database, makes sure the roles exist, and seeds demo data in Development.</summary>
internal sealed class DatabaseStartup(IServiceProvider services, IHostEnvironment environment, IConfiguration config, ILogger<DatabaseStartup> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var dbs = services.GetRequiredService<IDbContextFactory<HopeDb>>();
        await HopeDatabase.PrepareAsync(dbs, cancellationToken);
        await HopeCase.Core.Requests.DefaultCatalogue.EnsureAsync(dbs, cancellationToken);
        await using var scope = services.CreateAsyncScope();
        await EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
        if (environment.IsDevelopment() && config.GetValue("Demo:Seed", true))
        {
            await DemoSeeder.SeedAsync(scope.ServiceProvider, cancellationToken);
            StaffDemo.PrintLogins(Console.Out, scope.ServiceProvider.GetRequiredService<HopeCase.Web.Account.AuthOptions>());
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
