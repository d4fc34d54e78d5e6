using System.Globalization;

namespace HopeCase.Benchmarks;

/// <summary>
/// The circuits benchmark's browsers stand in for officers' own computers, yet here they run on the server's two
/// cores, and measured they take some seven times the app's CPU for each search. With a writable cpu cgroup (v1
/// <c>cpu.shares</c> or v2 <c>cpu.weight</c>), Chromium is started in a group of its own at the lowest weight: the
/// browsers still get every cycle the app leaves, but no longer starve the app. Without one, they share the cores
/// equally, and the benchmark says so.
/// </summary>
internal sealed class BrowserCpuGroup : IDisposable
{
    private const string Chromium = "/usr/bin/chromium";
    private readonly string? _group;
    private readonly string? _wrapper;

    private BrowserCpuGroup(string? group, string? wrapper, string description) => (_group, _wrapper, Description) = (group, wrapper, description);

    /// <summary>What Playwright starts: Chromium itself, or a script that joins the group and then becomes Chromium.</summary>
    public string Executable => _wrapper ?? Chromium;

    public string Description { get; }

    public static BrowserCpuGroup Create()
    {
        var equal = new BrowserCpuGroup(null, null, "Chromium sharing the cores equally with the app (no writable cpu cgroup)");
        if (!OperatingSystem.IsLinux())
        {
            return equal;
        }
        var name = "hopecase-circuits-browsers-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        foreach (var (root, weightFile, weight) in new[] { ("/sys/fs/cgroup/cpu", "cpu.shares", "2"), ("/sys/fs/cgroup", "cpu.weight", "1") })
        {
            var group = Path.Combine(root, name);
            try
            {
                if (!Directory.Exists(root) || (weightFile == "cpu.weight" && !File.Exists(Path.Combine(root, "cgroup.controllers"))))
                {
                    continue;
                }
                Directory.CreateDirectory(group);
                File.WriteAllText(Path.Combine(group, weightFile), weight);
                var wrapper = Path.Combine(Path.GetTempPath(), name + ".sh");
                File.WriteAllText(wrapper, $"#!/bin/sh\necho $$ > {Path.Combine(group, "cgroup.procs")}\nexec {Chromium} \"$@\"\n");
                File.SetUnixFileMode(wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                return new BrowserCpuGroup(group, wrapper, $"Chromium in the cpu cgroup {group} ({weightFile} {weight}: the app first)");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                TryRemove(group);
            }
        }
        return equal;
    }

    public void Dispose()
    {
        if (_wrapper is not null)
        {
            File.Delete(_wrapper);
        }
        if (_group is not null)
        {
            TryRemove(_group);
        }
    }

    // A cgroup directory is removed with rmdir once its processes are gone (its files cannot be deleted one by one).
    private static void TryRemove(string group)
    {
        for (var i = 0; i < 20 && Directory.Exists(group); i++)
        {
            try
            {
                Directory.Delete(group);
            }
            catch (IOException)
            {
                Thread.Sleep(250);
            }
        }
    }
}
