using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace HopeCase.Tests.Support;

/// <summary>
/// Debian's nginx running deploy/nginx/hopecase.conf in front of the given nodes: the site as shipped, with only the
/// test's ports, a self-signed certificate (openssl) and one test-only header, X-HopeCase-Upstream, naming the node that
/// answered. nginx runs in the foreground (daemon off) with its own prefix, pid, logs and temp folders, and is killed on
/// dispose.
/// </summary>
public sealed class NginxSite : IDisposable
{
    private readonly TempFolder _folder = new("nginx");
    private Process? _nginx;

    public int HttpsPort { get; } = AppProcess.FreePort();

    public Uri BaseUri => new($"https://127.0.0.1:{HttpsPort}");

    public string ErrorLog => File.Exists(_folder.File("logs/error.log")) ? File.ReadAllText(_folder.File("logs/error.log")) : "";

    public static async Task<NginxSite> StartAsync(params int[] nodePorts)
    {
        ArgumentNullException.ThrowIfNull(nodePorts);
        var site = new NginxSite();
        await site.RunAsync(nodePorts);
        return site;
    }

    private async Task RunAsync(int[] nodePorts)
    {
        Directory.CreateDirectory(_folder.File("logs"));
        Directory.CreateDirectory(_folder.File("tmp"));
        Check(await RunToEndAsync("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
            "-keyout", _folder.File("key.pem"), "-out", _folder.File("cert.pem")));
        var servers = string.Join("\n", nodePorts.Select(p => $"    server 127.0.0.1:{p} max_fails=1 fail_timeout=10s;"));
        var site = (await File.ReadAllTextAsync(Path.Combine(Artifacts.RepositoryRoot, "deploy", "nginx", "hopecase.conf")))
            .Replace("/etc/ssl/hopecase/fullchain.pem", _folder.File("cert.pem"), StringComparison.Ordinal)
            .Replace("/etc/ssl/hopecase/privkey.pem", _folder.File("key.pem"), StringComparison.Ordinal)
            .Replace("root /var/www/hopecase;", $"root {Path.Combine(Artifacts.RepositoryRoot, "deploy", "nginx")};", StringComparison.Ordinal)
            .Replace("    server 127.0.0.1:5001 max_fails=1 fail_timeout=10s;\n    server 127.0.0.1:5002 max_fails=1 fail_timeout=10s;", servers, StringComparison.Ordinal)
            .Replace("listen [::]:80;", "", StringComparison.Ordinal).Replace("listen [::]:443 ssl http2;", "", StringComparison.Ordinal)
            .Replace("listen 80;", $"listen 127.0.0.1:{AppProcess.FreePort()};", StringComparison.Ordinal)
            .Replace("listen 443 ssl http2;", $"listen 127.0.0.1:{HttpsPort} ssl http2;", StringComparison.Ordinal)
            // The site listens on 443, where $host is enough; the test's port has to travel in the Host header too.
            .Replace("proxy_set_header Host $host;", "proxy_set_header Host $host:$server_port;", StringComparison.Ordinal)
            .Replace("    add_header Set-Cookie $hopecase_affinity_cookie;", "    add_header Set-Cookie $hopecase_affinity_cookie;\n    add_header X-HopeCase-Upstream $upstream_addr always;", StringComparison.Ordinal);
        if (!site.Contains($"server 127.0.0.1:{nodePorts[0]}", StringComparison.Ordinal) || !site.Contains("X-HopeCase-Upstream", StringComparison.Ordinal)
            || site.Contains("/var/www/hopecase;", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("deploy/nginx/hopecase.conf changed shape: the test cannot put its ports in.\n" + site);
        }
        await File.WriteAllTextAsync(_folder.File("site.conf"), site);
        await File.WriteAllTextAsync(_folder.File("nginx.conf"),
            $"pid {_folder.File("nginx.pid")};\nerror_log {_folder.File("logs/error.log")};\nevents {{}}\nhttp {{\n access_log off;\n" +
            $" client_body_temp_path {_folder.File("tmp")};\n proxy_temp_path {_folder.File("tmp")};\n include {_folder.File("site.conf")};\n}}\n");
        var args = new[] { "-p", _folder.Path, "-c", _folder.File("nginx.conf"), "-e", _folder.File("logs/error.log") };
        Check(await RunToEndAsync("nginx", ["-t", .. args]));
        var info = new ProcessStartInfo("nginx") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in args.Concat(["-g", "daemon off;"]))
        {
            info.ArgumentList.Add(a);
        }
        _nginx = Process.Start(info)!;
        _nginx.BeginErrorReadLine();
        _nginx.BeginOutputReadLine();
        await Eventually.UntilAsync(() => Task.FromResult(Listening(HttpsPort) || _nginx.HasExited), TimeSpan.FromSeconds(20));
        if (_nginx.HasExited)
        {
            throw new InvalidOperationException("nginx stopped: " + ErrorLog);
        }
    }

    /// <summary>A client that trusts only this site's self-signed certificate and follows no redirects.</summary>
    public HttpClient Client()
    {
#pragma warning disable CA2000 // the client owns and disposes the handler
        var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, cert, _, _) => cert?.Subject == "CN=127.0.0.1", AllowAutoRedirect = false, UseCookies = false };
#pragma warning restore CA2000
        return new HttpClient(handler, disposeHandler: true) { BaseAddress = BaseUri, Timeout = TimeSpan.FromSeconds(20) };
    }

    /// <summary>The node port nginx sends a browser with this affinity cookie to (from X-HopeCase-Upstream).</summary>
    public async Task<int> NodeForAsync(string affinity)
    {
        using var http = Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health");
        request.Headers.Add("Cookie", "hopecase_node=" + affinity);
        using var response = await http.SendAsync(request);
        var upstream = response.Headers.GetValues("X-HopeCase-Upstream").Last().Split(',').Last().Trim();
        return int.Parse(upstream[(upstream.LastIndexOf(':') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Check((int Code, string Error) result)
    {
        if (result.Code != 0)
        {
            throw new InvalidOperationException(result.Error);
        }
    }

    private static async Task<(int, string)> RunToEndAsync(string file, params string[] args)
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
        return (p.ExitCode, $"{file} {string.Join(' ', args)}: {await err}");
    }

    private static bool Listening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        if (_nginx is { HasExited: false })
        {
            _nginx.Kill(entireProcessTree: true);
            _nginx.WaitForExit();
        }
        _nginx?.Dispose();
        _folder.Dispose();
    }
}
