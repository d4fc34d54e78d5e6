using System.Diagnostics;

namespace HopeCase.Tests.Support;

/// <summary>One HopeCase.Web command line (`backup`, `restore`, …) run as its own process, as an operator runs it.</summary>
public sealed record AppCommand(int ExitCode, string Stdout, string Stderr)
{
    public static async Task<AppCommand> RunAsync(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("HopeCase.Web.dll");
        foreach (var arg in args.Append($"--contentRoot={AppContext.BaseDirectory}"))
        {
            info.ArgumentList.Add(arg);
        }
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return new AppCommand(process.ExitCode, await stdout, await stderr);
    }
}
