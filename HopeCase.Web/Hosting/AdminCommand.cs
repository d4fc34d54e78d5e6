using HopeCase.Core.Audit;
using HopeCase.Core.Data;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Web.Hosting;

/// <summary>
/// `HopeCase.Web create-admin --email E --name "N"`: creates the first administrator of an install. The password is
/// read from HOPECASE_ADMIN_PASSWORD or typed at the prompt; there is never a default one.
/// </summary>
internal static class AdminCommand
{
    public const string Name = "create-admin";

    public static async Task<int> RunAsync(string[] args, TextReader? input = null, TextWriter? output = null)
    {
        output ??= Console.Out;
        var email = Option(args, "--email");
        var name = Option(args, "--name") ?? email;
        if (string.IsNullOrWhiteSpace(email))
        {
            await output.WriteLineAsync("usage: HopeCase.Web create-admin --email admin@example.org --name \"Full name\" [--Data:Folder=PATH]");
            return 1;
        }
        var password = Environment.GetEnvironmentVariable("HOPECASE_ADMIN_PASSWORD") ?? await ReadPasswordAsync(input, output);
        if (string.IsNullOrEmpty(password))
        {
            await output.WriteLineAsync("No password given (set HOPECASE_ADMIN_PASSWORD or type it at the prompt).");
            return 1;
        }

        var builder = WebApplication.CreateBuilder(args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal)).ToArray());
        builder.AddHopeCase();
        await using var app = builder.Build();
        await HopeDatabase.PrepareAsync(app.Services.GetRequiredService<IDbContextFactory<HopeDb>>());
        await using var scope = app.Services.CreateAsyncScope();
        await DatabaseStartup.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = new StaffUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name!, CreatedAt = DateTimeOffset.UtcNow };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            await output.WriteLineAsync("The administrator was not created: " + string.Join(" ", result.Errors.Select(e => e.Description)));
            return 1;
        }
        await users.AddToRoleAsync(user, Roles.Admin);
        await app.Services.GetRequiredService<AuditLog>().RecordAsync(Actor.System, "AdminCreatedFromCommandLine", "StaffUser", user.Id, email);
        await output.WriteLineAsync($"Administrator {email} created.");
        return 0;
    }

    private static string? Option(string[] args, string key)
    {
        var i = Array.IndexOf(args, key);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static async Task<string?> ReadPasswordAsync(TextReader? input, TextWriter output)
    {
        await output.WriteAsync("Password for the new administrator (at least 12 characters): ");
        if (input is not null || Console.IsInputRedirected)
        {
            return (input ?? Console.In).ReadLine();
        }
        var buffer = new System.Text.StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                await output.WriteLineAsync();
                return buffer.ToString();
            }
            if (key.Key == ConsoleKey.Backspace && buffer.Length > 0)
            {
                buffer.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                buffer.Append(key.KeyChar);
            }
        }
    }
}
