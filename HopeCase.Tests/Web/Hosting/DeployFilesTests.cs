using System.Diagnostics;
using System.Net;
using System.Text.Json;
using HopeCase.Tests.Support;

namespace HopeCase.Tests.Web.Hosting;

/// <summary>
/// The files in deploy/ run, not just read: the nginx site, with a self-signed certificate made by openssl, serves a
/// real HopeCase process over TLS; the example settings are valid JSON with the settings the README names; the
/// systemd unit runs the app as the user hopecase.
/// </summary>
public sealed class DeployFilesTests
{
    [Fact]
    public async Task The_nginx_site_terminates_tls_in_front_of_a_real_node()
    {
        using var folder = new TempFolder("deploy-nginx");
        await using var app = AppProcess.Start(folder.File("data"), "Production");
        Assert.Equal(HttpStatusCode.OK, await app.WaitForHealthyAsync(TimeSpan.FromSeconds(120)));
        Assert.Equal(0, await RunAsync("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
            "-keyout", folder.File("key.pem"), "-out", folder.File("cert.pem")));
        var (http, https) = (AppProcess.FreePort(), AppProcess.FreePort());
        var site = (await File.ReadAllTextAsync(Path.Combine(Artifacts.RepositoryRoot, "deploy", "nginx", "hopecase.conf")))
            .Replace("/etc/ssl/hopecase/fullchain.pem", folder.File("cert.pem"), StringComparison.Ordinal)
            .Replace("/etc/ssl/hopecase/privkey.pem", folder.File("key.pem"), StringComparison.Ordinal)
            .Replace("server 127.0.0.1:5001", $"server 127.0.0.1:{app.Port}", StringComparison.Ordinal)
            .Replace("server 127.0.0.1:5002", $"server 127.0.0.1:{AppProcess.FreePort()}", StringComparison.Ordinal)
            .Replace("listen [::]:80;", "", StringComparison.Ordinal).Replace("listen [::]:443 ssl http2;", "", StringComparison.Ordinal)
            .Replace("listen 80;", $"listen 127.0.0.1:{http};", StringComparison.Ordinal)
            .Replace("listen 443 ssl http2;", $"listen 127.0.0.1:{https} ssl http2;", StringComparison.Ordinal);
        Assert.Contains("hash $hopecase_affinity consistent;", site, StringComparison.Ordinal);
        await File.WriteAllTextAsync(folder.File("site.conf"), site);
        Directory.CreateDirectory(folder.File("logs"));
        await File.WriteAllTextAsync(folder.File("nginx.conf"),
            $"pid {folder.File("nginx.pid")};\nerror_log {folder.File("logs/error.log")};\nevents {{}}\nhttp {{\n access_log off;\n client_body_temp_path {folder.File("tmp")};\n proxy_temp_path {folder.File("tmp")};\n include {folder.File("site.conf")};\n}}\n");
        Directory.CreateDirectory(folder.File("tmp"));
        Assert.Equal(0, await RunAsync("nginx", "-t", "-p", folder.Path, "-c", folder.File("nginx.conf"), "-e", folder.File("logs/error.log")));
        Assert.Equal(0, await RunAsync("nginx", "-p", folder.Path, "-c", folder.File("nginx.conf"), "-e", folder.File("logs/error.log")));
        try
        {
            using var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, cert, _, _) => cert?.Subject == "CN=127.0.0.1", AllowAutoRedirect = false };
            using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(20) };
            var health = await client.GetAsync(new Uri($"https://127.0.0.1:{https}/health"));
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            var login = await client.GetStringAsync(new Uri($"https://127.0.0.1:{https}/account/login"));
            Assert.Contains("dir=\"rtl\"", login, StringComparison.Ordinal);
            // The first answer sets the affinity cookie that keeps this browser on one node.
            Assert.Contains(health.Headers.GetValues("Set-Cookie"), c => c.StartsWith("hopecase_node=", StringComparison.Ordinal) && c.Contains("Secure", StringComparison.Ordinal));
            var plain = await client.GetAsync(new Uri($"http://127.0.0.1:{http}/account/login"));
            Assert.Equal(HttpStatusCode.MovedPermanently, plain.StatusCode);
            Assert.StartsWith("https://", plain.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            await RunAsync("nginx", "-p", folder.Path, "-c", folder.File("nginx.conf"), "-e", folder.File("logs/error.log"), "-s", "stop");
        }
    }

    [Fact]
    public void The_example_settings_name_the_proxy_backup_installation_and_audit_chain_settings()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Artifacts.RepositoryRoot, "deploy", "appsettings.Production.example.json")));
        var root = json.RootElement;
        Assert.Equal(JsonValueKind.Array, root.GetProperty("Proxy").GetProperty("KnownProxies").ValueKind);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("Proxy").GetProperty("KnownNetworks").ValueKind);
        Assert.True(root.GetProperty("Backup").TryGetProperty("Key", out _));
        Assert.True(root.GetProperty("Backup").TryGetProperty("Keep", out _));
        Assert.True(root.GetProperty("Installation").TryGetProperty("Id", out _));
        // The audit chain's key, the same on every node (README, Two nodes behind nginx).
        Assert.Contains("openssl rand -base64 32", root.GetProperty("Audit").GetProperty("ChainKey").GetString(), StringComparison.Ordinal);
        Assert.Equal("Postgres", root.GetProperty("Data").GetProperty("Provider").GetString());
    }

    [Fact]
    public void The_systemd_unit_runs_as_the_unprivileged_user_hopecase()
    {
        var unit = File.ReadAllLines(Path.Combine(Artifacts.RepositoryRoot, "deploy", "systemd", "hopecase@.service"));
        Assert.Contains("User=hopecase", unit);
        Assert.Contains("Environment=ASPNETCORE_ENVIRONMENT=Production", unit);
        Assert.Contains(unit, l => l.StartsWith("ExecStart=/usr/bin/dotnet /opt/hopecase/HopeCase.Web.dll --urls http://127.0.0.1:%i", StringComparison.Ordinal));
        Assert.DoesNotContain(unit, l => l.StartsWith("User=root", StringComparison.Ordinal));
    }

    private static async Task<int> RunAsync(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }
        using var p = Process.Start(info)!;
        var err = p.StandardError.ReadToEndAsync();
        await p.StandardOutput.ReadToEndAsync();
        await p.WaitForExitAsync();
        Assert.True(p.ExitCode == 0 || args.Contains("stop"), $"{file} {string.Join(' ', args)}: {await err}");
        return p.ExitCode;
    }
}
