using HopeCase.Core.Data;
using Microsoft.Extensions.Options;

namespace HopeCase.Web.Hosting;

/// <summary>Runs the app and turns the known start-up refusals into one clear message and exit code 2.</summary>
internal static class StartupGuard
{
    public static async Task<int> RunAsync(Func<WebApplication> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        try
        {
            await using var app = build();
            await app.RunAsync();
            return 0;
        }
        catch (DatabaseStartupException ex)
        {
            return Refuse("The database cannot be used", ex.Message);
        }
        catch (OptionsValidationException ex)
        {
            return Refuse("The settings are not valid", string.Join(Environment.NewLine, ex.Failures));
        }
    }

    private static int Refuse(string what, string detail)
    {
        Console.Error.WriteLine();
        Console.Error.WriteLine($"HopeCase did not start. {what}:");
        Console.Error.WriteLine("  " + detail.Replace(Environment.NewLine, Environment.NewLine + "  ", StringComparison.Ordinal));
        Console.Error.WriteLine();
        return 2;
    }
}
