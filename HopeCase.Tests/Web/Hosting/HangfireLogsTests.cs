using Hangfire;
using HopeCase.Tests.Support;
using HopeCase.Web.Features.Letters;
using Microsoft.Extensions.DependencyInjection;

namespace HopeCase.Tests.Web.Hosting;

/// <summary>Hangfire's log provider is process-wide: a stopped host must not break job creation in one still running.</summary>
[Collection(HangfireCoreCollection.Name)]
public sealed class HangfireLogsTests
{
    [Fact]
    public async Task A_host_still_creates_jobs_after_another_host_in_the_process_has_stopped()
    {
        await using var running = new HopeAppFactory();
        _ = running.Services; // starts the host and its job server
        await using (var second = new HopeAppFactory())
        {
            var client = second.Services.GetRequiredService<IBackgroundJobClient>();
            Assert.False(string.IsNullOrEmpty(client.Enqueue(() => Console.WriteLine("second host"))));
        }

        // A job method with Hangfire's own retry attribute: building that attribute asks the log provider for a logger.
        var id = running.Services.GetRequiredService<IBackgroundJobClient>()
            .Schedule<IssueLetterJob>(j => j.RunAsync("test:logs", CancellationToken.None), TimeSpan.FromHours(1));
        Assert.False(string.IsNullOrEmpty(id));
    }
}
