using HopeCase.Core.Backup;
using HopeCase.Tests.Support;
using HopeCase.Web.Features.Backup;
using HopeCase.Web.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace HopeCase.Tests.Web.Backup;

/// <summary>The nightly job: a new backup each night, only the newest Backup:Keep of this installation left.</summary>
public sealed class NightlyBackupJobTests
{
    [Fact]
    public async Task Each_night_adds_a_backup_and_only_the_newest_keep_copies_of_this_installation_remain()
    {
        using var w = await BackupWorld.CreateAsync(rows: 3);
        var copies = Path.Combine(Path.GetDirectoryName(w.Data)!, "copies");
        Directory.CreateDirectory(copies);
        var foreign = Path.Combine(copies, "hopecase-otherins-20260101-000000.hcbak");
        await File.WriteAllTextAsync(foreign, "another installation's copy");
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Backup:Key"] = w.Key.ToBase64(),
            ["Installation:Id"] = w.Installation,
        }).Build();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 22, 30, 0, TimeSpan.Zero));
        var runner = new BackupRunner(new DataFolder(w.Data), config, clock);
        var options = Options.Create(new BackupOptions { Folder = copies, Keep = 2 });
        var job = new NightlyBackupJob(runner, options, NullLogger<NightlyBackupJob>.Instance);

        var names = new List<string>();
        for (var night = 0; night < 4; night++)
        {
            await job.RunAsync(CancellationToken.None);
            names.Add(BackupRunner.FileName(w.Installation, clock.GetUtcNow()));
            clock.Advance(TimeSpan.FromDays(1));
        }

        var left = Directory.GetFiles(copies).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(new[] { Path.GetFileName(foreign), names[2], names[3] }.Order(StringComparer.Ordinal), left);
        Assert.Equal(w.Installation, BackupFile.Inspect(Path.Combine(copies, names[3])).InstallationId);
    }
}
