using System.Net;
using HopeCase.Tests.Support;

namespace HopeCase.Tests.Web.Hosting;

/// <summary>The app as its own process: what an operator sees when it starts, or refuses to.</summary>
public sealed class ProcessStartupTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Starts_healthy_on_a_fresh_folder_and_prints_the_demo_logins()
    {
        using var data = new TempFolder("proc");
        await using var app = AppProcess.Start(data.Path);
        Assert.Equal(HttpStatusCode.OK, await app.WaitForHealthyAsync(Patience));
        Assert.Contains("admin@hope.demo", app.Stdout, StringComparison.Ordinal);
        Assert.Contains("provider@hope.demo", app.Stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(data.Path, "hopecase.db")));
        Assert.True(File.Exists(Path.Combine(data.Path, "hopecase-jobs.db")));
    }

    [Fact]
    public async Task Production_seeds_no_demo_users()
    {
        using var data = new TempFolder("proc");
        // Production sits behind a TLS proxy: here the test is that proxy, trusted by its address, saying "https".
        await using var app = AppProcess.Start(data.Path, "Production", "--Proxy:KnownProxies:0=127.0.0.1");
        Assert.Equal(HttpStatusCode.OK, await app.WaitForHealthyAsync(Patience));
        Assert.DoesNotContain("hope.demo", app.Stdout, StringComparison.Ordinal);
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        var page = await http.GetStringAsync(new Uri($"http://127.0.0.1:{app.Port}/account/login"));
        Assert.Contains("dir=\"rtl\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_iban_stops_start_up_with_a_message_naming_the_setting()
    {
        using var data = new TempFolder("proc");
        await using var app = AppProcess.Start(data.Path, "Production", "--Organisation:Iban=SA7305000068204903659001");
        Assert.Equal(2, await app.WaitForExitAsync(Patience));
        Assert.Contains("Organisation:Iban", app.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_name_stops_start_up_with_a_message_naming_the_setting()
    {
        using var data = new TempFolder("proc");
        await using var app = AppProcess.Start(data.Path, "Production", "--Organisation:NameEn=");
        Assert.Equal(2, await app.WaitForExitAsync(Patience));
        Assert.Contains("Organisation:NameEn", app.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Letters:PublicBaseUrl", "http://hope.example.org")]
    [InlineData("Feedback:PublicBaseUrl", "hope.example.org/links")]
    public async Task A_public_link_base_that_is_not_absolute_https_stops_start_up_naming_the_setting(string setting, string value)
    {
        using var data = new TempFolder("proc");
        await using var app = AppProcess.Start(data.Path, "Production", $"--{setting}={value}");
        Assert.Equal(2, await app.WaitForExitAsync(Patience));
        Assert.Contains(setting, app.Stderr, StringComparison.Ordinal);
        Assert.Contains("https://", app.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_foreign_database_stops_start_up_and_is_left_untouched()
    {
        using var data = new TempFolder("proc");
        var path = Path.Combine(data.Path, "hopecase.db");
        await File.WriteAllTextAsync(path, "minutes of the board, 1445");
        await using var app = AppProcess.Start(data.Path, "Production");
        Assert.Equal(2, await app.WaitForExitAsync(Patience));
        Assert.Contains("not a SQLite database", app.Stderr, StringComparison.Ordinal);
        Assert.Equal("minutes of the board, 1445", await File.ReadAllTextAsync(path));
    }

    [Fact]
    public async Task Create_admin_makes_the_first_administrator_and_refuses_a_short_password()
    {
        using var data = new TempFolder("proc");
        var first = await RunCommandAsync(data.Path, "short pass");
        Assert.NotEqual(0, first.ExitCode);
        Assert.Contains("12", first.Output, StringComparison.Ordinal);

        var second = await RunCommandAsync(data.Path, "a long enough first password");
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("chief@hope.example created", second.Output, StringComparison.Ordinal);

        await using var app = AppProcess.Start(data.Path, "Production");
        Assert.Equal(HttpStatusCode.OK, await app.WaitForHealthyAsync(Patience));
    }

    private static async Task<(int ExitCode, string Output)> RunCommandAsync(string dataFolder, string password)
    {
        var info = new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "HopeCase.Web.dll", "create-admin", "--email", "chief@hope.example", "--name", "رئيس", $"--Data:Folder={dataFolder}", $"--contentRoot={AppContext.BaseDirectory}" })
        {
            info.ArgumentList.Add(arg);
        }
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = System.Diagnostics.Process.Start(info)!;
        await process.StandardInput.WriteLineAsync(password);
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output);
    }
}
