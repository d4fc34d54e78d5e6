using System.Text.Json;
using Hangfire;
using HopeCase.Core.Data;
using HopeCase.Core.Staff;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HopeCase.Web.Features.Health;

/// <summary>
/// /health: the database, the job server and the PDF engine; 200 when all are healthy, 503 otherwise. Anyone
/// (a load balancer) reads only the overall status; each check's details are for a signed-in administrator.
/// </summary>
internal static class HealthRegistration
{
    public static void AddHealth(this IServiceCollection services)
    {
        services.AddSingleton<ChromiumLocator>();
        services.AddHealthChecks()
            .AddCheck<DatabaseCheck>("database")
            .AddCheck<JobServerCheck>("jobs")
            .AddCheck<PdfEngineCheck>("pdf");
    }

    public static void MapHealthEndpoints(this WebApplication app) =>
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteAsync }).AllowAnonymous();

    private static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        if (!http.User.IsInRole(Roles.Admin))
        {
            return http.Response.WriteAsync(JsonSerializer.Serialize(new { status = report.Status.ToString() }));
        }
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        };
        return http.Response.WriteAsync(JsonSerializer.Serialize(body));
    }

    private sealed class DatabaseCheck(IDbContextFactory<HopeDb> dbs) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                await using var db = await dbs.CreateDbContextAsync(cancellationToken);
                var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
                var engine = db.Database.IsNpgsql() ? "PostgreSQL" : "SQLite";
                // The pending-migrations check reads the history table only when it exists; this proves the server answers.
                await db.Database.ExecuteSqlRawAsync("SELECT 1", cancellationToken);
                return pending == 0
                    ? HealthCheckResult.Healthy(engine + " reachable, schema up to date")
                    : HealthCheckResult.Unhealthy($"{pending} migrations not applied");
            }
            catch (Exception ex) when (HopeDatabase.IsUnavailable(ex))
            {
                return HealthCheckResult.Unhealthy("database unreachable: " + ex.Message);
            }
        }
    }

    private sealed class JobServerCheck(JobStorage storage) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var servers = storage.GetMonitoringApi().Servers();
            // Hangfire stamps heartbeats with the wall clock, so they are compared with the wall clock, not the app's TimeProvider.
            var now = DateTime.UtcNow;
            var alive = servers.Count(s => s.Heartbeat is { } beat && now - beat < TimeSpan.FromMinutes(2));
            return Task.FromResult(alive > 0
                ? HealthCheckResult.Healthy($"{alive} job server(s) running")
                : HealthCheckResult.Unhealthy("no job server has reported in the last two minutes"));
        }
    }

    private sealed class PdfEngineCheck(ChromiumLocator chromium) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var path = chromium.Find();
            return Task.FromResult(path is not null
                ? HealthCheckResult.Healthy("Chromium found at " + path)
                : HealthCheckResult.Unhealthy("Chromium not found: install the Debian package chromium, or set Pdf:ChromiumPath"));
        }
    }
}
