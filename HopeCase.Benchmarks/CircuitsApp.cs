using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Globalization;
using HopeCase.Core.Staff;
using HopeCase.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HopeCase.Benchmarks;

/// <summary>
/// The process the circuits benchmark measures: the whole HopeCase app as Program starts it (web host, job server),
/// with N officer accounts created through Identity's UserManager as the staff screens do. It prints
/// "READY url", then answers each "MEM" line on its standard input with the process's memory after a forced,
/// compacting full collection: "MEM managed=BYTES heap=BYTES rss=KB anon=KB", and each "SUBMITS" line with the
/// server's own time for every form submitted since the last such line, in ms ("SUBMITS 12.5 8.1 …"): the framework's
/// <c>aspnetcore.components.handle_event.duration</c>, from the event's dispatch in the circuit to the end of its
/// handler (the search service's call included), as the app's meter publishes it.
/// </summary>
internal static class CircuitsApp
{
    public const string Name = "circuits-app";

    /// <summary>Benchmark accounts only; the temporary database is deleted with its folder.</summary>
    public const string Password = "circuits-bench-2026";

    public static string Email(int i) => string.Create(CultureInfo.InvariantCulture, $"officer{i:000}@circuits.bench");

    public static async Task<int> RunAsync(string[] args)
    {
        var officers = int.Parse(args[0], CultureInfo.InvariantCulture);
        // Staging: the production pipeline and settings (no demo data, the error page), but plain http on loopback
        // (Production insists on https and Secure cookies, which nginx provides in a real install).
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args[1..], ApplicationName = "HopeCase.Web", EnvironmentName = "Staging" });
        // Outside Development the framework's scripts come from a published wwwroot; this runs from the build output.
        builder.WebHost.UseStaticWebAssets();
        builder.AddHopeCase();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        using var submits = SubmitTimes(out var times);
        app.UseHopeCase();
        await app.StartAsync();
        await CreateOfficersAsync(app.Services, officers);
        var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Console.WriteLine("READY " + url);
        while (await Console.In.ReadLineAsync() is { } line)
        {
            if (line == "MEM")
            {
                Console.WriteLine(Memory());
            }
            else if (line == "SUBMITS")
            {
                var taken = new List<double>();
                while (times.TryDequeue(out var ms))
                {
                    taken.Add(ms);
                }
                Console.WriteLine("SUBMITS " + string.Join(' ', taken.Select(t => t.ToString("F2", CultureInfo.InvariantCulture))));
            }
        }
        await app.StopAsync();
        return 0;
    }

    private static MeterListener SubmitTimes(out ConcurrentQueue<double> times)
    {
        var queue = new ConcurrentQueue<double>();
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == "Microsoft.AspNetCore.Components" && instrument.Name == "aspnetcore.components.handle_event.duration")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<double>((_, seconds, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "aspnetcore.components.attribute.name" && tag.Value as string == "onsubmit")
                {
                    queue.Enqueue(seconds * 1000);
                }
            }
        });
        listener.Start();
        times = queue;
        return listener;
    }

    private static async Task CreateOfficersAsync(IServiceProvider services, int count)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        for (var i = 0; i < count; i++)
        {
            if (await users.FindByEmailAsync(Email(i)) is not null)
            {
                continue;
            }
            var user = new StaffUser { UserName = Email(i), Email = Email(i), EmailConfirmed = true, DisplayName = $"موظف {i}", CreatedAt = DateTimeOffset.UtcNow };
            var created = await users.CreateAsync(user, Password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
            }
            // Half relations, half research officers: both search, neither needs a second factor (Auth:RequireTwoFactorRoles).
            await users.AddToRoleAsync(user, i % 2 == 0 ? Roles.RelationsOfficer : Roles.ResearchOfficer);
        }
    }

    private static string Memory()
    {
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var status = File.ReadAllLines("/proc/self/status");
        long Kb(string key) => long.Parse(status.First(l => l.StartsWith(key + ":", StringComparison.Ordinal))[(key.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture,
            $"MEM managed={GC.GetTotalMemory(false)} heap={GC.GetGCMemoryInfo().HeapSizeBytes} rss={Kb("VmRSS")} anon={Kb("RssAnon")}");
    }
}
