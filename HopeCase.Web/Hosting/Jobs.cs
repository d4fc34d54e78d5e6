using System.Linq.Expressions;
using Hangfire;
using Hangfire.Dashboard;
using Hangfire.PostgreSql;
using Hangfire.Storage.SQLite;
using HopeCase.Core.Data;
using HopeCase.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Web.Hosting;

/// <summary>Hangfire with persistent storage (SQLite beside the main database, or PostgreSQL), and its dashboard for admins only.</summary>
internal static class Jobs
{
    public const string AdminPolicy = "JobsDashboard";

    public static void AddHopeJobs(this IServiceCollection services, DataFolder data, IConfiguration config)
    {
        services.AddHangfire((sp, cfg) => cfg
            .UseLogProvider(new HangfireLogs(sp.GetRequiredService<ILoggerFactory>()))
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseHopeStorage(sp.GetRequiredService<DataSettings>(), data));
        services.AddHangfireServer(o =>
        {
            o.WorkerCount = config.GetValue("Jobs:Workers", 2);
            o.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
            o.Queues = ["critical", "default"];
        });
        services.AddAuthorizationBuilder().AddPolicy(AdminPolicy, p => p.RequireAuthenticatedUser().RequireRole(Roles.Admin));
    }

    /// <summary>
    /// SQLite: a jobs file beside the main database. PostgreSQL: the <c>hangfire</c> schema of the same database, so
    /// every node's server takes jobs from one queue and Hangfire's distributed locks (rows in that schema) let one node
    /// at a time run a recurring job's occurrence.
    /// </summary>
    private static IGlobalConfiguration UseHopeStorage(this IGlobalConfiguration cfg, DataSettings settings, DataFolder data) => settings.IsPostgres
        ? cfg.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(settings.ConnectionString), new PostgreSqlStorageOptions
        {
            PrepareSchemaIfNecessary = true,
            QueuePollInterval = TimeSpan.FromSeconds(1),
            DistributedLockTimeout = TimeSpan.FromMinutes(1),
        })
        : cfg.UseSQLiteStorage(data.JobsDb, new SQLiteStorageOptions());

    /// <summary>
    /// A feature's recurring job: <typeparamref name="TJob"/> is registered, and at start-up (after the database and the job
    /// server) the job <paramref name="id"/> is added or updated in the job store to run <paramref name="call"/> on <paramref name="cron"/>.
    /// </summary>
    public static void AddRecurringJob<TJob>(this IServiceCollection services, string id, Expression<Func<TJob, Task>> call, string cron)
        where TJob : class
    {
        services.AddTransient<TJob>();
        // Added, not tried: one hosted service per recurring job, even when one job class has several.
        services.AddSingleton<IHostedService>(sp => new RecurringSchedule(() => sp.GetRequiredService<IRecurringJobManager>().AddOrUpdate(id, call, cron)));
    }

    public static void MapJobsDashboard(this WebApplication app)
    {
        app.MapHangfireDashboard("/jobs", new DashboardOptions
        {
            AppPath = "/",
            DashboardTitle = "المهام الخلفية - HopeCase jobs",
            Authorization = [],
            AsyncAuthorization = [new AdminOnlyAudited()],
            IgnoreAntiforgeryToken = false,
        }).RequireAuthorization(AdminPolicy);
    }

    private sealed class RecurringSchedule(Action register) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            register();
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    /// <summary>
    /// Second line of defence behind the endpoint policy: the dashboard itself also insists on Admin (read fresh from
    /// the user's record), and every page it shows is audited with its path, the job's id for a job's page. Its
    /// scripts, styles and the stats it polls are not pages and are not audited.
    /// </summary>
    private sealed class AdminOnlyAudited : IDashboardAsyncAuthorizationFilter
    {
        public async Task<bool> AuthorizeAsync(DashboardContext context)
        {
            var http = context.GetHttpContext();
            var services = http.RequestServices;
            var actor = await Account.CurrentActor.ResolveAsync(services.GetRequiredService<IDbContextFactory<HopeDb>>(), http.User, http.RequestAborted);
            if (!actor.IsIn(Roles.Admin))
            {
                return false;
            }
            var path = context.Request.Path;
            if (IsPage(path))
            {
                var job = path.StartsWith("/jobs/details/", StringComparison.Ordinal) ? path["/jobs/details/".Length..] : null;
                await services.GetRequiredService<Core.Audit.AuditLog>().RecordAsync(actor with { Origin = http.Connection.RemoteIpAddress?.ToString() },
                    "JobsDashboardViewed", "BackgroundJob", job, $"{context.Request.Method} /jobs{path}", http.RequestAborted);
            }
            return true;
        }

        internal static bool IsPage(string path) => !(path.StartsWith("/css", StringComparison.Ordinal) || path.StartsWith("/js", StringComparison.Ordinal)
            || path.StartsWith("/fonts", StringComparison.Ordinal) || path.StartsWith("/stats", StringComparison.Ordinal));
    }
}
