using HopeCase.Core.Backup;
using Microsoft.Extensions.Options;

namespace HopeCase.Web.Features.Backup;

/// <summary>The recurring job `backup-nightly`: one backup into Backup:Folder, then only the newest Backup:Keep of this installation stay.</summary>
internal sealed class NightlyBackupJob(BackupRunner runner, IOptions<BackupOptions> options, ILogger<NightlyBackupJob> log)
{
    public const string RecurringId = "backup-nightly";

    public async Task RunAsync(CancellationToken ct)
    {
        var folder = options.Value.Folder;
        if (string.IsNullOrWhiteSpace(folder))
        {
            return;
        }
        Directory.CreateDirectory(folder);
        var (file, _) = await runner.BackupAsync(folder, ct);
        log.LogInformation("Nightly backup written to {File}", file);
        var ours = Directory.EnumerateFiles(folder, BackupRunner.Prefix(runner.InstallationId) + "*" + BackupHeader.FileExtension)
            .OrderByDescending(f => Path.GetFileName(f), StringComparer.Ordinal).ToList();
        foreach (var old in ours.Skip(Math.Max(1, options.Value.Keep)))
        {
            File.Delete(old);
            log.LogInformation("Old backup removed: {File}", old);
        }
    }
}
