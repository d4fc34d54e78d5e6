using System.Net;
using System.Net.Sockets;
using HopeCase.Core.Letters;
using HopeCase.Core.Saudi;
using HopeCase.Tests.Support;
using HopeCase.Web.Demo;
using HopeCase.Web.Features.Health;
using HopeCase.Web.Features.Letters;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace HopeCase.Tests.Web.Letters;

/// <summary>
/// A letter whose content reaches for the network (an image, a frame, a stylesheet, a script) is printed by the real
/// Chromium; a listener on 127.0.0.1 counts every connection made to it, and must count none.
/// </summary>
public sealed class PrintIsolationTests(LetterApp app) : IClassFixture<LetterApp>
{
    private static string Hostile(int port) =>
        $"<img src=\"http://127.0.0.1:{port}/img.png\" alt=\"\"><iframe src=\"http://127.0.0.1:{port}/frame\"></iframe>" +
        $"<link rel=\"stylesheet\" href=\"http://127.0.0.1:{port}/style.css\"><div style=\"background:url(http://127.0.0.1:{port}/bg.png)\">x</div>" +
        $"<script>document.body.insertAdjacentText('beforeend','SCRIPT-RAN');fetch('http://127.0.0.1:{port}/fetch')</script>";

    [Fact]
    public async Task The_engine_alone_refuses_every_request_and_runs_no_script()
    {
        using var listener = new Listener();
        var config = new ConfigurationBuilder().Build();
        await using var engine = new PdfEngine(new ChromiumLocator(config), config, NullLogger<PdfEngine>.Instance);
        // No CSP in this document: interception and the disabled JavaScript are what stop it.
        var html = $"<!DOCTYPE html><html><body><p>letter body</p>{Hostile(listener.Port)}</body></html>";

        var pdf = await engine.PrintAsync(html, new PrintLayout(null));
        var text = await Pdf.TextAsync(pdf);

        Assert.Contains("letter body", text, StringComparison.Ordinal);
        Assert.DoesNotContain("SCRIPT-RAN", text, StringComparison.Ordinal);
        await Task.Delay(500);
        Assert.True(listener.Connections == 0, $"{listener.Connections} connection(s) reached the listener: {listener.Seen}");
        Assert.True(engine.Refused >= 2, $"the engine refused {engine.Refused} request(s); the image and the frame at least should have been asked for");
    }

    [Fact]
    public async Task A_letter_whose_wording_tries_an_image_and_a_frame_prints_without_reaching_them()
    {
        using var listener = new Listener();
        var content = SampleLetters.For(LetterType.Rejection, true, SaudiTime.LocalDate(DateTimeOffset.UtcNow));
        var values = new Dictionary<string, string>(content.Values) { ["Reasons"] = Hostile(listener.Port) };
        var renderer = app.Get<LetterRenderer>();
        var view = renderer.View(content with { Values = values }, "1448/99999", DateTimeOffset.UtcNow, "<p>نص الخطاب</p>" + Hostile(listener.Port), "TESTCODE", null);

        var html = await renderer.HtmlAsync([view], screenFooter: false);
        Assert.Contains("Content-Security-Policy", html, StringComparison.Ordinal);
        var pdf = await app.Get<PdfEngine>().PrintAsync(html, new PrintLayout(renderer.Footer(true)));
        await Pdf.SavePngsAsync(pdf, "print-isolation");

        Assert.Contains("نص الخطاب", await Pdf.TextAsync(pdf), StringComparison.Ordinal);
        await Task.Delay(500);
        Assert.True(listener.Connections == 0, $"{listener.Connections} connection(s) reached the listener: {listener.Seen}");
    }

    /// <summary>Accepts and counts TCP connections on a free 127.0.0.1 port, answering nothing.</summary>
    private sealed class Listener : IDisposable
    {
        private readonly TcpListener _tcp = new(IPAddress.Loopback, 0);
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> _lines = new();
        private int _connections;

        public Listener()
        {
            _tcp.Start();
            _ = AcceptAsync();
        }

        public int Port => ((IPEndPoint)_tcp.LocalEndpoint).Port;

        public int Connections => Volatile.Read(ref _connections);

        /// <summary>The first line of each request that arrived (for the failure message).</summary>
        public string Seen => string.Join(" | ", _lines);

        private async Task AcceptAsync()
        {
            try
            {
                while (true)
                {
                    var client = await _tcp.AcceptTcpClientAsync();
                    Interlocked.Increment(ref _connections);
                    _ = ReadFirstLineAsync(client);
                }
            }
            catch (Exception e) when (e is ObjectDisposedException or SocketException)
            {
                // Stopped.
            }
        }

        private async Task ReadFirstLineAsync(TcpClient client)
        {
            using (client)
            {
                try
                {
                    using var reader = new StreamReader(client.GetStream());
                    var line = await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(2));
                    _lines.Enqueue(line ?? "(nothing)");
                }
                catch (Exception e) when (e is IOException or TimeoutException or ObjectDisposedException)
                {
                    _lines.Enqueue("(no request line)");
                }
            }
        }

        public void Dispose() => _tcp.Stop();
    }
}
