using HopeCase.Core.Backup;
using HopeCase.Web.Hosting;

namespace HopeCase.Web.Features.Backup;

/// <summary>Backups: the runner the commands use, and the nightly job when Backup:Folder is set.</summary>
internal static class BackupRegistration
{
    public static void AddBackup(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<BackupOptions>().Bind(config.GetSection(BackupOptions.Section));
        services.AddSingleton<BackupRunner>();
        var options = config.GetSection(BackupOptions.Section).Get<BackupOptions>() ?? new BackupOptions();
        if (!string.IsNullOrWhiteSpace(options.Folder))
        {
            services.AddRecurringJob<NightlyBackupJob>(NightlyBackupJob.RecurringId, j => j.RunAsync(CancellationToken.None), options.Cron);
        }
    }
}
